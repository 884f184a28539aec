"""GENERATED CODE: do not edit. ``orgs.webhooks`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import Unset
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.create_webhook_input_dto import CreateWebhookInputDto, CreateWebhookInputDtoDict
    from ..models.team_webhook_output_dto import TeamWebhookOutputDto
    from ..models.update_webhook_input_dto import UpdateWebhookInputDto, UpdateWebhookInputDtoDict

    pass


class OrgsWebhooksResource(APIResource):
    """Operations under ``orgs.webhooks``."""

    async def create(
        self,
        org_id: int,
        *,
        body: CreateWebhookInputDto | CreateWebhookInputDtoDict,
        **options: Unpack[RequestOptions],
    ) -> TeamWebhookOutputDto:
        """Create a webhook.

        ``POST /v2/organizations/{org_id}/webhooks``

        Args:
            org_id (int):
            body (CreateWebhookInputDto):"""
        from ..api.orgs_webhooks import orgs_webhooks_create as _ep

        return await self._client._request(
            _ep.build_request(
                org_id,
                body=body,
            ),
            _ep.parse_result,
            auth=_ep.AUTH,
            options=options,
        )

    async def delete(
        self,
        org_id: int,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> TeamWebhookOutputDto:
        """Delete a webhook.

        ``DELETE /v2/organizations/{org_id}/webhooks/{webhook_id}``

        Args:
            org_id (int):
            webhook_id (str):"""
        from ..api.orgs_webhooks import orgs_webhooks_delete as _ep

        return await self._client._request(
            _ep.build_request(
                org_id,
                webhook_id,
            ),
            _ep.parse_result,
            auth=_ep.AUTH,
            options=options,
        )

    async def get(
        self,
        org_id: int,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> TeamWebhookOutputDto:
        """Get a webhook.

        ``GET /v2/organizations/{org_id}/webhooks/{webhook_id}``

        Args:
            org_id (int):
            webhook_id (str):"""
        from ..api.orgs_webhooks import orgs_webhooks_get as _ep

        return await self._client._request(
            _ep.build_request(
                org_id,
                webhook_id,
            ),
            _ep.parse_result,
            auth=_ep.AUTH,
            options=options,
        )

    def list(
        self,
        org_id: int,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[TeamWebhookOutputDto]:
        """Get all webhooks.

        ``GET /v2/organizations/{org_id}/webhooks``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id (int):
            take (int | Unset):  Default: 250.
            skip (int | Unset):  Default: 0."""
        from ..api.orgs_webhooks import orgs_webhooks_list as _ep

        def _request(offset: int, limit: int) -> dict[str, Any]:
            return _ep.build_request(
                org_id,
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
        org_id: int,
        webhook_id: str,
        *,
        body: UpdateWebhookInputDto | UpdateWebhookInputDtoDict,
        **options: Unpack[RequestOptions],
    ) -> TeamWebhookOutputDto:
        """Update a webhook.

        ``PATCH /v2/organizations/{org_id}/webhooks/{webhook_id}``

        Args:
            org_id (int):
            webhook_id (str):
            body (UpdateWebhookInputDto):"""
        from ..api.orgs_webhooks import orgs_webhooks_update as _ep

        return await self._client._request(
            _ep.build_request(
                org_id,
                webhook_id,
                body=body,
            ),
            _ep.parse_result,
            auth=_ep.AUTH,
            options=options,
        )
