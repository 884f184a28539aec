"""GENERATED CODE: do not edit. ``platform.webhooks`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import Unset
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.create_webhook_input_dto import CreateWebhookInputDto, CreateWebhookInputDtoDict
    from ..models.o_auth_client_webhook_output_dto import OAuthClientWebhookOutputDto
    from ..models.update_webhook_input_dto import UpdateWebhookInputDto, UpdateWebhookInputDtoDict

    pass


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

        ``POST /v2/oauth-clients/{client_id}/webhooks``

        Args:
            client_id (str):
            body (CreateWebhookInputDto):"""
        from ..api.platform_webhooks import platform_webhooks_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            client_id,
            body=body,
        )

    async def delete(
        self,
        client_id: str,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> OAuthClientWebhookOutputDto:
        """Delete a webhook.

        ``DELETE /v2/oauth-clients/{client_id}/webhooks/{webhook_id}``

        Args:
            client_id (str):
            webhook_id (str):"""
        from ..api.platform_webhooks import platform_webhooks_delete as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            client_id,
            webhook_id,
        )

    async def delete_all_oauth_client(
        self,
        client_id: str,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Delete all webhooks.

        ``DELETE /v2/oauth-clients/{client_id}/webhooks``

        Args:
            client_id (str):"""
        from ..api.platform_webhooks import platform_webhooks_delete_all_oauth_client as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            client_id,
        )

    async def get(
        self,
        client_id: str,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> OAuthClientWebhookOutputDto:
        """Get a webhook.

        ``GET /v2/oauth-clients/{client_id}/webhooks/{webhook_id}``

        Args:
            client_id (str):
            webhook_id (str):"""
        from ..api.platform_webhooks import platform_webhooks_get as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            client_id,
            webhook_id,
        )

    def list(
        self,
        client_id: str,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[OAuthClientWebhookOutputDto]:
        """Get all webhooks.

        ``GET /v2/oauth-clients/{client_id}/webhooks``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            client_id (str):
            take (int | Unset):  Default: 250.
            skip (int | Unset):  Default: 0."""
        from ..api.platform_webhooks import platform_webhooks_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            client_id,
            take=take,
            skip=skip,
        )

    async def update(
        self,
        client_id: str,
        webhook_id: str,
        *,
        body: UpdateWebhookInputDto | UpdateWebhookInputDtoDict,
        **options: Unpack[RequestOptions],
    ) -> OAuthClientWebhookOutputDto:
        """Update a webhook.

        ``PATCH /v2/oauth-clients/{client_id}/webhooks/{webhook_id}``

        Args:
            client_id (str):
            webhook_id (str):
            body (UpdateWebhookInputDto):"""
        from ..api.platform_webhooks import platform_webhooks_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            client_id,
            webhook_id,
            body=body,
        )
