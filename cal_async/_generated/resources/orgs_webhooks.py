"""GENERATED CODE: do not edit. ``orgs.webhooks`` resource of the Cal.com API."""

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
    from ..models.team_webhook_output_dto import TeamWebhookOutputDto
    from ..models.update_webhook_input_dto import UpdateWebhookInputDto, UpdateWebhookInputDtoDict

    pass


CREATE: Final[Operation[TeamWebhookOutputDto]] = Operation(
    "orgs.webhooks",
    "create",
    "POST",
    "/v2/organizations/{orgId}/webhooks",
    (
        path("orgId", "org_id"),
        body(),
    ),
    model("team_webhook_output_dto", "TeamWebhookOutputDto"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsWebhooksController_createOrganizationWebhook",
    summary="Create a webhook",
)
DELETE: Final[Operation[TeamWebhookOutputDto]] = Operation(
    "orgs.webhooks",
    "delete",
    "DELETE",
    "/v2/organizations/{orgId}/webhooks/{webhookId}",
    (
        path("orgId", "org_id"),
        path("webhookId", "webhook_id"),
    ),
    model("team_webhook_output_dto", "TeamWebhookOutputDto"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsWebhooksController_deleteWebhook",
    summary="Delete a webhook",
)
GET: Final[Operation[TeamWebhookOutputDto]] = Operation(
    "orgs.webhooks",
    "get",
    "GET",
    "/v2/organizations/{orgId}/webhooks/{webhookId}",
    (
        path("orgId", "org_id"),
        path("webhookId", "webhook_id"),
    ),
    model("team_webhook_output_dto", "TeamWebhookOutputDto"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsWebhooksController_getOrganizationWebhook",
    summary="Get a webhook",
)
LIST: Final[PagedOperation[TeamWebhookOutputDto]] = PagedOperation(
    "orgs.webhooks",
    "list",
    "GET",
    "/v2/organizations/{orgId}/webhooks",
    (
        path("orgId", "org_id"),
        query("take", "take"),
        query("skip", "skip"),
    ),
    model("team_webhook_output_dto", "TeamWebhookOutputDto"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsWebhooksController_getAllOrganizationWebhooks",
    summary="Get all webhooks",
    offset="skip",
    limit="take",
    default_limit=250,
)
UPDATE: Final[Operation[TeamWebhookOutputDto]] = Operation(
    "orgs.webhooks",
    "update",
    "PATCH",
    "/v2/organizations/{orgId}/webhooks/{webhookId}",
    (
        path("orgId", "org_id"),
        path("webhookId", "webhook_id"),
        body(),
    ),
    model("team_webhook_output_dto", "TeamWebhookOutputDto"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsWebhooksController_updateOrgWebhook",
    summary="Update a webhook",
)


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

        ``POST /v2/organizations/{orgId}/webhooks``"""
        return await self._run(CREATE, options, org_id, body)

    async def delete(
        self,
        org_id: int,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> TeamWebhookOutputDto:
        """Delete a webhook.

        ``DELETE /v2/organizations/{orgId}/webhooks/{webhookId}``"""
        return await self._run(DELETE, options, org_id, webhook_id)

    async def get(
        self,
        org_id: int,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> TeamWebhookOutputDto:
        """Get a webhook.

        ``GET /v2/organizations/{orgId}/webhooks/{webhookId}``"""
        return await self._run(GET, options, org_id, webhook_id)

    def list(
        self,
        org_id: int,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[TeamWebhookOutputDto]:
        """Get all webhooks.

        ``GET /v2/organizations/{orgId}/webhooks``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id:
            take: Maximum number of items to return
            skip: Number of items to skip"""
        return self._page(LIST, options, org_id, take, skip)

    async def update(
        self,
        org_id: int,
        webhook_id: str,
        *,
        body: UpdateWebhookInputDto | UpdateWebhookInputDtoDict,
        **options: Unpack[RequestOptions],
    ) -> TeamWebhookOutputDto:
        """Update a webhook.

        ``PATCH /v2/organizations/{orgId}/webhooks/{webhookId}``"""
        return await self._run(UPDATE, options, org_id, webhook_id, body)
