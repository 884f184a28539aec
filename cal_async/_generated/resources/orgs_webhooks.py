"""GENERATED CODE: do not edit. ``orgs.webhooks`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

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

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            body=body,
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

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            webhook_id,
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

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            webhook_id,
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

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
            take=take,
            skip=skip,
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

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            webhook_id,
            body=body,
        )
