"""GENERATED CODE: do not edit. ``webhooks`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    model,
)
from cal_async._operation import Operation, PagedOperation, body, path, query
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import Unset
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.create_webhook_input_dto import CreateWebhookInputDto, CreateWebhookInputDtoDict
    from ..models.update_webhook_input_dto import UpdateWebhookInputDto, UpdateWebhookInputDtoDict
    from ..models.user_webhook_output_dto import UserWebhookOutputDto

    pass


CREATE: Final[Operation[UserWebhookOutputDto]] = Operation(
    "webhooks",
    "create",
    "POST",
    "/v2/webhooks",
    (body(),),
    model("user_webhook_output_dto", "UserWebhookOutputDto"),
    auth=("Authorization",),
    operation_id="WebhooksController_createWebhook",
    summary="Create a webhook",
)
DELETE: Final[Operation[UserWebhookOutputDto]] = Operation(
    "webhooks",
    "delete",
    "DELETE",
    "/v2/webhooks/{webhookId}",
    (path("webhookId", "webhook_id"),),
    model("user_webhook_output_dto", "UserWebhookOutputDto"),
    auth=("Authorization",),
    operation_id="WebhooksController_deleteWebhook",
    summary="Delete a webhook",
)
GET: Final[Operation[UserWebhookOutputDto]] = Operation(
    "webhooks",
    "get",
    "GET",
    "/v2/webhooks/{webhookId}",
    (path("webhookId", "webhook_id"),),
    model("user_webhook_output_dto", "UserWebhookOutputDto"),
    auth=("Authorization",),
    operation_id="WebhooksController_getWebhook",
    summary="Get a webhook",
)
LIST: Final[PagedOperation[UserWebhookOutputDto]] = PagedOperation(
    "webhooks",
    "list",
    "GET",
    "/v2/webhooks",
    (
        query("take", "take"),
        query("skip", "skip"),
    ),
    model("user_webhook_output_dto", "UserWebhookOutputDto"),
    auth=("Authorization",),
    operation_id="WebhooksController_getWebhooks",
    summary="Get all webhooks",
    offset="skip",
    limit="take",
    default_limit=250,
)
UPDATE: Final[Operation[UserWebhookOutputDto]] = Operation(
    "webhooks",
    "update",
    "PATCH",
    "/v2/webhooks/{webhookId}",
    (
        path("webhookId", "webhook_id"),
        body(),
    ),
    model("user_webhook_output_dto", "UserWebhookOutputDto"),
    auth=("Authorization",),
    operation_id="WebhooksController_updateWebhook",
    summary="Update a webhook",
)


class WebhooksResource(APIResource):
    """Operations under ``webhooks``."""

    async def create(
        self,
        *,
        body: CreateWebhookInputDto | CreateWebhookInputDtoDict,
        **options: Unpack[RequestOptions],
    ) -> UserWebhookOutputDto:
        """Create a webhook.

        ``POST /v2/webhooks``"""
        return await self._run(CREATE, options, body)

    async def delete(
        self,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> UserWebhookOutputDto:
        """Delete a webhook.

        ``DELETE /v2/webhooks/{webhookId}``"""
        return await self._run(DELETE, options, webhook_id)

    async def get(
        self,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> UserWebhookOutputDto:
        """Get a webhook.

        ``GET /v2/webhooks/{webhookId}``"""
        return await self._run(GET, options, webhook_id)

    def list(
        self,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[UserWebhookOutputDto]:
        """Get all webhooks.

        ``GET /v2/webhooks``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            take: Maximum number of items to return
            skip: Number of items to skip"""
        return self._page(LIST, options, take, skip)

    async def update(
        self,
        webhook_id: str,
        *,
        body: UpdateWebhookInputDto | UpdateWebhookInputDtoDict,
        **options: Unpack[RequestOptions],
    ) -> UserWebhookOutputDto:
        """Update a webhook.

        ``PATCH /v2/webhooks/{webhookId}``"""
        return await self._run(UPDATE, options, webhook_id, body)
