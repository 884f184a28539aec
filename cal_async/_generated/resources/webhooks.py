"""GENERATED CODE: do not edit. ``webhooks`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import Unset
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.create_webhook_input_dto import CreateWebhookInputDto, CreateWebhookInputDtoDict
    from ..models.update_webhook_input_dto import UpdateWebhookInputDto, UpdateWebhookInputDtoDict
    from ..models.user_webhook_output_dto import UserWebhookOutputDto

    pass


class WebhooksResource(APIResource):
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

        return await self._client._request(
            _ep.build_request(
                body=body,
            ),
            _ep.parse_result,
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
            _ep.build_request(
                webhook_id,
            ),
            _ep.parse_result,
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
            _ep.build_request(
                webhook_id,
            ),
            _ep.parse_result,
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
            return _ep.build_request(
                take=limit,
                skip=offset,
            )

        return AsyncPaginator(
            self._client,
            _request,
            _ep.parse_page,
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
        body: UpdateWebhookInputDto | UpdateWebhookInputDtoDict,
        **options: Unpack[RequestOptions],
    ) -> UserWebhookOutputDto:
        """Update a webhook.

        ``PATCH /v2/webhooks/{webhook_id}``

        Args:
            webhook_id (str):
            body (UpdateWebhookInputDto):"""
        from ..api.webhooks import webhooks_update as _ep

        return await self._client._request(
            _ep.build_request(
                webhook_id,
                body=body,
            ),
            _ep.parse_result,
            auth=_ep.AUTH,
            options=options,
        )
