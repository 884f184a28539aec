"""GENERATED CODE: do not edit. ``webhooks`` resource of the Cal.com API."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async.pagination import AsyncPaginator

from ..types import Unset

if TYPE_CHECKING:
    from ..models.create_webhook_input_dto import CreateWebhookInputDto
    from ..models.update_webhook_input_dto import UpdateWebhookInputDto

    pass


class WebhooksResource(APIResource):
    """Operations under ``webhooks``."""

    async def create(
        self,
        *,
        body: CreateWebhookInputDto | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> UserWebhookOutputDto:
        """Create a webhook.

        ``POST /v2/webhooks``

        Args:
            body (CreateWebhookInputDto):"""
        from ..api.webhooks import webhooks_create as _ep

        return await self._client._request(
            _ep._get_kwargs(
                body=body,
            ),
            _ep._parse,
            auth=_ep.AUTH,
            options=options,
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

        return await self._client._request(
            _ep._get_kwargs(
                webhook_id=webhook_id,
            ),
            _ep._parse,
            auth=_ep.AUTH,
            options=options,
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

        return await self._client._request(
            _ep._get_kwargs(
                webhook_id=webhook_id,
            ),
            _ep._parse,
            auth=_ep.AUTH,
            options=options,
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

        def _request(offset: int, limit: int) -> dict[str, Any]:
            return _ep._get_kwargs(
                take=limit,
                skip=offset,
            )

        return AsyncPaginator(
            self._client,
            _request,
            _ep._parse_page,
            auth=_ep.AUTH,
            options=options,
            offset=skip,
            limit=take,
            default_limit=250,
        )

    async def update(
        self,
        webhook_id: str,
        *,
        body: UpdateWebhookInputDto | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> UserWebhookOutputDto:
        """Update a webhook.

        ``PATCH /v2/webhooks/{webhook_id}``

        Args:
            webhook_id (str):
            body (UpdateWebhookInputDto):"""
        from ..api.webhooks import webhooks_update as _ep

        return await self._client._request(
            _ep._get_kwargs(
                webhook_id=webhook_id,
                body=body,
            ),
            _ep._parse,
            auth=_ep.AUTH,
            options=options,
        )
