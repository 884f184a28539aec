"""GENERATED CODE: do not edit. ``platform.webhooks`` resource of the Cal.com API."""

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
    from ..models.o_auth_client_webhook_output_dto import OAuthClientWebhookOutputDto
    from ..models.update_webhook_input_dto import UpdateWebhookInputDto, UpdateWebhookInputDtoDict

    pass


CREATE: Final[Operation[OAuthClientWebhookOutputDto]] = Operation(
    "platform.webhooks",
    "create",
    "POST",
    "/v2/oauth-clients/{clientId}/webhooks",
    (
        path("clientId", "client_id"),
        body(),
    ),
    model("o_auth_client_webhook_output_dto", "OAuthClientWebhookOutputDto"),
    auth=("x-cal-secret-key",),
    operation_id="OAuthClientWebhooksController_createOAuthClientWebhook",
    summary="Create a webhook",
)
DELETE: Final[Operation[OAuthClientWebhookOutputDto]] = Operation(
    "platform.webhooks",
    "delete",
    "DELETE",
    "/v2/oauth-clients/{clientId}/webhooks/{webhookId}",
    (
        path("clientId", "client_id"),
        path("webhookId", "webhook_id"),
    ),
    model("o_auth_client_webhook_output_dto", "OAuthClientWebhookOutputDto"),
    auth=("x-cal-secret-key",),
    operation_id="OAuthClientWebhooksController_deleteOAuthClientWebhook",
    summary="Delete a webhook",
)
DELETE_ALL_OAUTH_CLIENT: Final[Operation[str]] = Operation(
    "platform.webhooks",
    "delete_all_oauth_client",
    "DELETE",
    "/v2/oauth-clients/{clientId}/webhooks",
    (path("clientId", "client_id"),),
    STR,
    auth=("x-cal-secret-key",),
    operation_id="OAuthClientWebhooksController_deleteAllOAuthClientWebhooks",
    summary="Delete all webhooks",
)
GET: Final[Operation[OAuthClientWebhookOutputDto]] = Operation(
    "platform.webhooks",
    "get",
    "GET",
    "/v2/oauth-clients/{clientId}/webhooks/{webhookId}",
    (
        path("clientId", "client_id"),
        path("webhookId", "webhook_id"),
    ),
    model("o_auth_client_webhook_output_dto", "OAuthClientWebhookOutputDto"),
    auth=("x-cal-secret-key",),
    operation_id="OAuthClientWebhooksController_getOAuthClientWebhook",
    summary="Get a webhook",
)
LIST: Final[PagedOperation[OAuthClientWebhookOutputDto]] = PagedOperation(
    "platform.webhooks",
    "list",
    "GET",
    "/v2/oauth-clients/{clientId}/webhooks",
    (
        path("clientId", "client_id"),
        query("take", "take"),
        query("skip", "skip"),
    ),
    model("o_auth_client_webhook_output_dto", "OAuthClientWebhookOutputDto"),
    auth=("x-cal-secret-key",),
    operation_id="OAuthClientWebhooksController_getOAuthClientWebhooks",
    summary="Get all webhooks",
    offset="skip",
    limit="take",
    default_limit=250,
)
UPDATE: Final[Operation[OAuthClientWebhookOutputDto]] = Operation(
    "platform.webhooks",
    "update",
    "PATCH",
    "/v2/oauth-clients/{clientId}/webhooks/{webhookId}",
    (
        path("clientId", "client_id"),
        path("webhookId", "webhook_id"),
        body(),
    ),
    model("o_auth_client_webhook_output_dto", "OAuthClientWebhookOutputDto"),
    auth=("x-cal-secret-key",),
    operation_id="OAuthClientWebhooksController_updateOAuthClientWebhook",
    summary="Update a webhook",
)


class PlatformWebhooksResource(APIResource):
    """Operations under ``platform.webhooks``."""

    async def create(
        self,
        client_id: str,
        *,
        body: CreateWebhookInputDto | CreateWebhookInputDtoDict,
        **options: Unpack[RequestOptions],
    ) -> OAuthClientWebhookOutputDto:
        """Create a webhook.

        ``POST /v2/oauth-clients/{clientId}/webhooks``"""
        return await self._run(CREATE, options, client_id, body)

    async def delete(
        self,
        client_id: str,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> OAuthClientWebhookOutputDto:
        """Delete a webhook.

        ``DELETE /v2/oauth-clients/{clientId}/webhooks/{webhookId}``"""
        return await self._run(DELETE, options, client_id, webhook_id)

    async def delete_all_oauth_client(
        self,
        client_id: str,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Delete all webhooks.

        ``DELETE /v2/oauth-clients/{clientId}/webhooks``"""
        return await self._run(DELETE_ALL_OAUTH_CLIENT, options, client_id)

    async def get(
        self,
        client_id: str,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> OAuthClientWebhookOutputDto:
        """Get a webhook.

        ``GET /v2/oauth-clients/{clientId}/webhooks/{webhookId}``"""
        return await self._run(GET, options, client_id, webhook_id)

    def list(
        self,
        client_id: str,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[OAuthClientWebhookOutputDto]:
        """Get all webhooks.

        ``GET /v2/oauth-clients/{clientId}/webhooks``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            client_id:
            take: Maximum number of items to return
            skip: Number of items to skip"""
        return self._page(LIST, options, client_id, take, skip)

    async def update(
        self,
        client_id: str,
        webhook_id: str,
        *,
        body: UpdateWebhookInputDto | UpdateWebhookInputDtoDict,
        **options: Unpack[RequestOptions],
    ) -> OAuthClientWebhookOutputDto:
        """Update a webhook.

        ``PATCH /v2/oauth-clients/{clientId}/webhooks/{webhookId}``"""
        return await self._run(UPDATE, options, client_id, webhook_id, body)
