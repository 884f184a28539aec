"""GENERATED CODE: do not edit. ``event_types.webhooks`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    STR,
    model,
)
from cal_async._operation import Operation, PagedOperation, body, path, query
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import Unset
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.create_webhook_input_dto import CreateWebhookInputDto, CreateWebhookInputDtoDict
    from ..models.event_type_webhook_output_dto import EventTypeWebhookOutputDto
    from ..models.update_webhook_input_dto import UpdateWebhookInputDto, UpdateWebhookInputDtoDict

    pass


CREATE: Final[Operation[EventTypeWebhookOutputDto]] = Operation(
    "event_types.webhooks",
    "create",
    "POST",
    "/v2/event-types/{eventTypeId}/webhooks",
    (
        path("eventTypeId", "event_type_id"),
        body(),
    ),
    model("event_type_webhook_output_dto", "EventTypeWebhookOutputDto"),
    auth=("Authorization",),
    operation_id="EventTypeWebhooksController_createEventTypeWebhook",
    summary="Create a webhook",
)
DELETE: Final[Operation[EventTypeWebhookOutputDto]] = Operation(
    "event_types.webhooks",
    "delete",
    "DELETE",
    "/v2/event-types/{eventTypeId}/webhooks/{webhookId}",
    (
        path("eventTypeId", "event_type_id"),
        path("webhookId", "webhook_id"),
    ),
    model("event_type_webhook_output_dto", "EventTypeWebhookOutputDto"),
    auth=("Authorization",),
    operation_id="EventTypeWebhooksController_deleteEventTypeWebhook",
    summary="Delete a webhook",
)
DELETE_ALL: Final[Operation[str]] = Operation(
    "event_types.webhooks",
    "delete_all",
    "DELETE",
    "/v2/event-types/{eventTypeId}/webhooks",
    (path("eventTypeId", "event_type_id"),),
    STR,
    auth=("Authorization",),
    operation_id="EventTypeWebhooksController_deleteAllEventTypeWebhooks",
    summary="Delete all webhooks",
)
GET: Final[Operation[EventTypeWebhookOutputDto]] = Operation(
    "event_types.webhooks",
    "get",
    "GET",
    "/v2/event-types/{eventTypeId}/webhooks/{webhookId}",
    (
        path("eventTypeId", "event_type_id"),
        path("webhookId", "webhook_id"),
    ),
    model("event_type_webhook_output_dto", "EventTypeWebhookOutputDto"),
    auth=("Authorization",),
    operation_id="EventTypeWebhooksController_getEventTypeWebhook",
    summary="Get a webhook",
)
LIST: Final[PagedOperation[EventTypeWebhookOutputDto]] = PagedOperation(
    "event_types.webhooks",
    "list",
    "GET",
    "/v2/event-types/{eventTypeId}/webhooks",
    (
        path("eventTypeId", "event_type_id"),
        query("take", "take"),
        query("skip", "skip"),
    ),
    model("event_type_webhook_output_dto", "EventTypeWebhookOutputDto"),
    auth=("Authorization",),
    operation_id="EventTypeWebhooksController_getEventTypeWebhooks",
    summary="Get all webhooks",
    offset="skip",
    limit="take",
    default_limit=250,
)
UPDATE: Final[Operation[EventTypeWebhookOutputDto]] = Operation(
    "event_types.webhooks",
    "update",
    "PATCH",
    "/v2/event-types/{eventTypeId}/webhooks/{webhookId}",
    (
        path("eventTypeId", "event_type_id"),
        path("webhookId", "webhook_id"),
        body(),
    ),
    model("event_type_webhook_output_dto", "EventTypeWebhookOutputDto"),
    auth=("Authorization",),
    operation_id="EventTypeWebhooksController_updateEventTypeWebhook",
    summary="Update a webhook",
)


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

        ``POST /v2/event-types/{eventTypeId}/webhooks``"""
        return await self._run(CREATE, options, event_type_id, body)

    async def delete(
        self,
        event_type_id: int,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> EventTypeWebhookOutputDto:
        """Delete a webhook.

        ``DELETE /v2/event-types/{eventTypeId}/webhooks/{webhookId}``"""
        return await self._run(DELETE, options, event_type_id, webhook_id)

    async def delete_all(
        self,
        event_type_id: int,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Delete all webhooks.

        ``DELETE /v2/event-types/{eventTypeId}/webhooks``"""
        return await self._run(DELETE_ALL, options, event_type_id)

    async def get(
        self,
        event_type_id: int,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> EventTypeWebhookOutputDto:
        """Get a webhook.

        ``GET /v2/event-types/{eventTypeId}/webhooks/{webhookId}``"""
        return await self._run(GET, options, event_type_id, webhook_id)

    def list(
        self,
        event_type_id: int,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[EventTypeWebhookOutputDto]:
        """Get all webhooks.

        ``GET /v2/event-types/{eventTypeId}/webhooks``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            event_type_id:
            take: Maximum number of items to return
            skip: Number of items to skip"""
        return self._page(LIST, options, event_type_id, take, skip)

    async def update(
        self,
        event_type_id: int,
        webhook_id: str,
        *,
        body: UpdateWebhookInputDto | UpdateWebhookInputDtoDict,
        **options: Unpack[RequestOptions],
    ) -> EventTypeWebhookOutputDto:
        """Update a webhook.

        ``PATCH /v2/event-types/{eventTypeId}/webhooks/{webhookId}``"""
        return await self._run(UPDATE, options, event_type_id, webhook_id, body)
