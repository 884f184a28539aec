"""GENERATED CODE: do not edit. ``event_types`` resource of the Cal.com API."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    model,
)
from cal_async._operation import Operation, PagedOperation, body, path, query
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from cal_async._generated.resources.event_types_private_links import EventTypesPrivateLinksResource
    from cal_async._generated.resources.event_types_webhooks import EventTypesWebhooksResource

    from ..models.create_event_type_input import CreateEventTypeInput, CreateEventTypeInputDict
    from ..models.delete_data import DeleteData
    from ..models.event_type_output import EventTypeOutput
    from ..models.update_event_type_input import UpdateEventTypeInput, UpdateEventTypeInputDict

    pass


CREATE: Final[Operation[EventTypeOutput]] = Operation(
    "event_types",
    "create",
    "POST",
    "/v2/event-types",
    (body(),),
    model("event_type_output", "EventTypeOutput"),
    auth=("Authorization",),
    api_version="2024-06-14",
    operation_id="EventTypesController_2024_06_14_createEventType",
    summary="Create an event type",
)
DELETE: Final[Operation[DeleteData]] = Operation(
    "event_types",
    "delete",
    "DELETE",
    "/v2/event-types/{eventTypeId}",
    (path("eventTypeId", "event_type_id"),),
    model("delete_data", "DeleteData"),
    auth=("Authorization",),
    api_version="2024-06-14",
    operation_id="EventTypesController_2024_06_14_deleteEventType",
    summary="Delete an event type",
)
GET: Final[Operation[EventTypeOutput]] = Operation(
    "event_types",
    "get",
    "GET",
    "/v2/event-types/{eventTypeId}",
    (path("eventTypeId", "event_type_id"),),
    model("event_type_output", "EventTypeOutput"),
    auth=("Authorization",),
    api_version="2024-06-14",
    operation_id="EventTypesController_2024_06_14_getEventTypeById",
    summary="Get an event type",
)
LIST: Final[PagedOperation[EventTypeOutput]] = PagedOperation(
    "event_types",
    "list",
    "GET",
    "/v2/event-types",
    (
        query("username", "username"),
        query("eventSlug", "event_slug"),
        query("usernames", "usernames", comma=True),
        query("orgSlug", "org_slug"),
        query("orgId", "org_id"),
    ),
    model("event_type_output", "EventTypeOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    api_version="2024-06-14",
    operation_id="EventTypesController_2024_06_14_getEventTypes",
    summary="Get all event types",
)
UPDATE: Final[Operation[EventTypeOutput]] = Operation(
    "event_types",
    "update",
    "PATCH",
    "/v2/event-types/{eventTypeId}",
    (
        path("eventTypeId", "event_type_id"),
        body(),
    ),
    model("event_type_output", "EventTypeOutput"),
    auth=("Authorization",),
    api_version="2024-06-14",
    operation_id="EventTypesController_2024_06_14_updateEventType",
    summary="Update an event type",
)


class EventTypesResource(APIResource):
    """Operations under ``event_types``."""

    @cached_property
    def private_links(self) -> EventTypesPrivateLinksResource:
        """``event_types.private_links``: list, create, delete, update"""
        from cal_async._generated.resources.event_types_private_links import EventTypesPrivateLinksResource

        return EventTypesPrivateLinksResource(self._client)

    @cached_property
    def webhooks(self) -> EventTypesWebhooksResource:
        """``event_types.webhooks``: list, create, delete_all, get, delete, update"""
        from cal_async._generated.resources.event_types_webhooks import EventTypesWebhooksResource

        return EventTypesWebhooksResource(self._client)

    async def create(
        self,
        *,
        body: CreateEventTypeInput | CreateEventTypeInputDict,
        **options: Unpack[RequestOptions],
    ) -> EventTypeOutput:
        """Create an event type.

        ``POST /v2/event-types``
        (sent with ``cal-api-version: 2024-06-14``)."""
        return await self._run(CREATE, options, body)

    async def delete(
        self,
        event_type_id: int,
        **options: Unpack[RequestOptions],
    ) -> DeleteData:
        """Delete an event type.

        ``DELETE /v2/event-types/{eventTypeId}``
        (sent with ``cal-api-version: 2024-06-14``)."""
        return await self._run(DELETE, options, event_type_id)

    async def get(
        self,
        event_type_id: int,
        **options: Unpack[RequestOptions],
    ) -> EventTypeOutput:
        """Get an event type.

        ``GET /v2/event-types/{eventTypeId}``
        (sent with ``cal-api-version: 2024-06-14``)."""
        return await self._run(GET, options, event_type_id)

    def list(
        self,
        *,
        username: str | Unset = UNSET,
        event_slug: str | Unset = UNSET,
        usernames: str | Sequence[str] | Unset = UNSET,
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
            username: The username of the user to get event types for. If only username provided will get all event types.
            event_slug: Slug of event type to return. Notably, if eventSlug is provided then username must be provided too, because multiple users can have event with same slug.
            usernames: Get dynamic event type for multiple usernames separated by comma. e.g `usernames=alice,bob`
            org_slug: slug of the user's organization if he is in one, orgId is not required if using this parameter
            org_id: ID of the organization of the user you want the get the event-types of, orgSlug is not needed when using this parameter"""
        return self._page(LIST, options, username, event_slug, usernames, org_slug, org_id)

    async def update(
        self,
        event_type_id: int,
        *,
        body: UpdateEventTypeInput | UpdateEventTypeInputDict,
        **options: Unpack[RequestOptions],
    ) -> EventTypeOutput:
        """Update an event type.

        ``PATCH /v2/event-types/{eventTypeId}``
        (sent with ``cal-api-version: 2024-06-14``)."""
        return await self._run(UPDATE, options, event_type_id, body)
