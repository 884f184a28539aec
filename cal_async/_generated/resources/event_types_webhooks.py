"""GENERATED CODE: do not edit. ``event_types.webhooks`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import Unset
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.create_webhook_input_dto import CreateWebhookInputDto, CreateWebhookInputDtoDict
    from ..models.event_type_webhook_output_dto import EventTypeWebhookOutputDto
    from ..models.update_webhook_input_dto import UpdateWebhookInputDto, UpdateWebhookInputDtoDict

    pass


class EventTypesWebhooksResource(APIResource):
    """Operations under ``event_types.webhooks``."""

    async def create(
        self,
        event_type_id: int,
        *,
        body: CreateWebhookInputDto | CreateWebhookInputDtoDict,
        **options: Unpack[RequestOptions],
    ) -> EventTypeWebhookOutputDto:
        """Create a webhook.

        ``POST /v2/event-types/{event_type_id}/webhooks``

        Args:
            event_type_id (int):
            body (CreateWebhookInputDto):"""
        from ..api.event_types_webhooks import event_types_webhooks_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            event_type_id,
            body=body,
        )

    async def delete(
        self,
        event_type_id: int,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> EventTypeWebhookOutputDto:
        """Delete a webhook.

        ``DELETE /v2/event-types/{event_type_id}/webhooks/{webhook_id}``

        Args:
            event_type_id (int):
            webhook_id (str):"""
        from ..api.event_types_webhooks import event_types_webhooks_delete as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            event_type_id,
            webhook_id,
        )

    async def delete_all(
        self,
        event_type_id: int,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Delete all webhooks.

        ``DELETE /v2/event-types/{event_type_id}/webhooks``

        Args:
            event_type_id (int):"""
        from ..api.event_types_webhooks import event_types_webhooks_delete_all as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            event_type_id,
        )

    async def get(
        self,
        event_type_id: int,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> EventTypeWebhookOutputDto:
        """Get a webhook.

        ``GET /v2/event-types/{event_type_id}/webhooks/{webhook_id}``

        Args:
            event_type_id (int):
            webhook_id (str):"""
        from ..api.event_types_webhooks import event_types_webhooks_get as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            event_type_id,
            webhook_id,
        )

    def list(
        self,
        event_type_id: int,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[EventTypeWebhookOutputDto]:
        """Get all webhooks.

        ``GET /v2/event-types/{event_type_id}/webhooks``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            event_type_id (int):
            take (int | Unset):  Default: 250.
            skip (int | Unset):  Default: 0."""
        from ..api.event_types_webhooks import event_types_webhooks_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            event_type_id,
            take=take,
            skip=skip,
        )

    async def update(
        self,
        event_type_id: int,
        webhook_id: str,
        *,
        body: UpdateWebhookInputDto | UpdateWebhookInputDtoDict,
        **options: Unpack[RequestOptions],
    ) -> EventTypeWebhookOutputDto:
        """Update a webhook.

        ``PATCH /v2/event-types/{event_type_id}/webhooks/{webhook_id}``

        Args:
            event_type_id (int):
            webhook_id (str):
            body (UpdateWebhookInputDto):"""
        from ..api.event_types_webhooks import event_types_webhooks_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            event_type_id,
            webhook_id,
            body=body,
        )
