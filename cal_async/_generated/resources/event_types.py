"""GENERATED CODE: do not edit. ``event_types`` resource of the Cal.com API."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset
from cal_async.pagination import AsyncPaginator
from cal_async.resources.event_types import EventTypeHelpers

if TYPE_CHECKING:
    from ..models.create_event_type_input import CreateEventTypeInput, CreateEventTypeInputDict
    from ..models.delete_data import DeleteData
    from ..models.event_type_output import EventTypeOutput
    from ..models.update_event_type_input import UpdateEventTypeInput, UpdateEventTypeInputDict
    from .event_types_private_links import EventTypesPrivateLinksResource
    from .event_types_webhooks import EventTypesWebhooksResource

    pass


class EventTypesOperations(APIResource):
    """Operations under ``event_types``."""

    @cached_property
    def private_links(self) -> EventTypesPrivateLinksResource:
        """``event_types.private_links``: list, create, delete, update"""
        from .event_types_private_links import EventTypesPrivateLinksResource

        return EventTypesPrivateLinksResource(self._client)

    @cached_property
    def webhooks(self) -> EventTypesWebhooksResource:
        """``event_types.webhooks``: list, create, delete_all, get, delete, update"""
        from .event_types_webhooks import EventTypesWebhooksResource

        return EventTypesWebhooksResource(self._client)

    async def create(
        self,
        *,
        body: CreateEventTypeInput | CreateEventTypeInputDict,
        **options: Unpack[RequestOptions],
    ) -> EventTypeOutput:
        """Create an event type.

        ``POST /v2/event-types``
        (sent with ``cal-api-version: 2024-06-14``).

        Args:
            body (CreateEventTypeInput):"""
        from ..api.event_types import event_types_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            body=body,
        )

    async def delete(
        self,
        event_type_id: int,
        **options: Unpack[RequestOptions],
    ) -> DeleteData:
        """Delete an event type.

        ``DELETE /v2/event-types/{event_type_id}``
        (sent with ``cal-api-version: 2024-06-14``).

        Args:
            event_type_id (int):"""
        from ..api.event_types import event_types_delete as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            event_type_id,
        )

    async def get(
        self,
        event_type_id: int,
        **options: Unpack[RequestOptions],
    ) -> EventTypeOutput:
        """Get an event type.

        ``GET /v2/event-types/{event_type_id}``
        (sent with ``cal-api-version: 2024-06-14``).

        Args:
            event_type_id (int):"""
        from ..api.event_types import event_types_get as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            event_type_id,
        )

    def list(
        self,
        *,
        username: str | Unset = UNSET,
        event_slug: str | Unset = UNSET,
        usernames: str | Unset = UNSET,
        org_slug: str | Unset = UNSET,
        org_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[EventTypeOutput]:
        """Get all event types.

        ``GET /v2/event-types``
        (sent with ``cal-api-version: 2024-06-14``).

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item.

        Args:
            username (str | Unset):
            event_slug (str | Unset):
            usernames (str | Unset):
            org_slug (str | Unset):
            org_id (int | Unset):"""
        from ..api.event_types import event_types_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            username=username,
            event_slug=event_slug,
            usernames=usernames,
            org_slug=org_slug,
            org_id=org_id,
        )

    async def update(
        self,
        event_type_id: int,
        *,
        body: UpdateEventTypeInput | UpdateEventTypeInputDict,
        **options: Unpack[RequestOptions],
    ) -> EventTypeOutput:
        """Update an event type.

        ``PATCH /v2/event-types/{event_type_id}``
        (sent with ``cal-api-version: 2024-06-14``).

        Args:
            event_type_id (int):
            body (UpdateEventTypeInput):"""
        from ..api.event_types import event_types_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            event_type_id,
            body=body,
        )


class EventTypesResource(EventTypeHelpers, EventTypesOperations):
    """``cal.event_types``: the generated operations, with ``EventTypeHelpers``."""
