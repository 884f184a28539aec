"""GENERATED CODE: do not edit. ``webhooks`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import Unset
from cal_async.pagination import AsyncPaginator
from cal_async.resources.webhooks import WebhookHelpers

if TYPE_CHECKING:
    from ..models.create_webhook_input_dto import CreateWebhookInputDto, CreateWebhookInputDtoDict
    from ..models.update_webhook_input_dto import UpdateWebhookInputDto, UpdateWebhookInputDtoDict
    from ..models.user_webhook_output_dto import UserWebhookOutputDto

    pass


class WebhooksOperations(APIResource):
    """Operations under ``webhooks``."""

    async def create(
        self,
        *,
        body: CreateWebhookInputDto | CreateWebhookInputDtoDict,
        **options: Unpack[RequestOptions],
    ) -> UserWebhookOutputDto:
        """Create a webhook.

        ``POST /v2/webhooks``

        Args:
            body (CreateWebhookInputDto):"""
        from ..api.webhooks import webhooks_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            body=body,
        )

    async def delete(
        self,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> UserWebhookOutputDto:
        """Delete a webhook.

        ``DELETE /v2/webhooks/{webhook_id}``

        Args:
            webhook_id (str):"""
        from ..api.webhooks import webhooks_delete as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            webhook_id,
        )

    async def get(
        self,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> UserWebhookOutputDto:
        """Get a webhook.

        ``GET /v2/webhooks/{webhook_id}``

        Args:
            webhook_id (str):"""
        from ..api.webhooks import webhooks_get as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            webhook_id,
        )

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
            take (int | Unset):  Default: 250.
            skip (int | Unset):  Default: 0."""
        from ..api.webhooks import webhooks_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            take=take,
            skip=skip,
        )

    async def update(
        self,
        webhook_id: str,
        *,
        body: UpdateWebhookInputDto | UpdateWebhookInputDtoDict,
        **options: Unpack[RequestOptions],
    ) -> UserWebhookOutputDto:
        """Update a webhook.

        ``PATCH /v2/webhooks/{webhook_id}``

        Args:
            webhook_id (str):
            body (UpdateWebhookInputDto):"""
        from ..api.webhooks import webhooks_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            webhook_id,
            body=body,
        )


class WebhooksResource(WebhookHelpers, WebhooksOperations):
    """``cal.webhooks``: the generated operations, with ``WebhookHelpers``."""
