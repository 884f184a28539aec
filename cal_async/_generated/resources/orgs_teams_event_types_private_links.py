"""GENERATED CODE: do not edit. ``orgs.teams.event_types.private_links`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    model,
    one_of,
)
from cal_async._operation import Operation, PagedOperation, body, path
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.create_private_link_input import CreatePrivateLinkInput, CreatePrivateLinkInputDict
    from ..models.delete_private_link_output_data import DeletePrivateLinkOutputData
    from ..models.time_based_private_link_output import TimeBasedPrivateLinkOutput
    from ..models.usage_based_private_link_output import UsageBasedPrivateLinkOutput

    pass


CREATE: Final[Operation[TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput]] = Operation(
    "orgs.teams.event_types.private_links",
    "create",
    "POST",
    "/v2/organizations/{orgId}/teams/{teamId}/event-types/{eventTypeId}/private-links",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        path("eventTypeId", "event_type_id"),
        body(),
    ),
    one_of(
        model("time_based_private_link_output", "TimeBasedPrivateLinkOutput"),
        model("usage_based_private_link_output", "UsageBasedPrivateLinkOutput"),
    ),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsEventTypesPrivateLinksController_createPrivateLink",
    summary="Create a private link for a team event type",
)
DELETE: Final[Operation[DeletePrivateLinkOutputData]] = Operation(
    "orgs.teams.event_types.private_links",
    "delete",
    "DELETE",
    "/v2/organizations/{orgId}/teams/{teamId}/event-types/{eventTypeId}/private-links/{linkId}",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        path("eventTypeId", "event_type_id"),
        path("linkId", "link_id"),
    ),
    model("delete_private_link_output_data", "DeletePrivateLinkOutputData"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsEventTypesPrivateLinksController_deletePrivateLink",
    summary="Delete a private link for a team event type",
)
LIST: Final[PagedOperation[TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput]] = PagedOperation(
    "orgs.teams.event_types.private_links",
    "list",
    "GET",
    "/v2/organizations/{orgId}/teams/{teamId}/event-types/{eventTypeId}/private-links",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        path("eventTypeId", "event_type_id"),
    ),
    one_of(
        model("time_based_private_link_output", "TimeBasedPrivateLinkOutput"),
        model("usage_based_private_link_output", "UsageBasedPrivateLinkOutput"),
    ),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsEventTypesPrivateLinksController_getPrivateLinks",
    summary="Get all private links for a team event type",
)
UPDATE: Final[Operation[TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput]] = Operation(
    "orgs.teams.event_types.private_links",
    "update",
    "PATCH",
    "/v2/organizations/{orgId}/teams/{teamId}/event-types/{eventTypeId}/private-links/{linkId}",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        path("eventTypeId", "event_type_id"),
        path("linkId", "link_id"),
    ),
    one_of(
        model("time_based_private_link_output", "TimeBasedPrivateLinkOutput"),
        model("usage_based_private_link_output", "UsageBasedPrivateLinkOutput"),
    ),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsEventTypesPrivateLinksController_updatePrivateLink",
    summary="Update a private link for a team event type",
)


class OrgsTeamsEventTypesPrivateLinksResource(APIResource):
    """Operations under ``orgs.teams.event_types.private_links``."""

    async def create(
        self,
        org_id: int,
        team_id: int,
        event_type_id: int,
        *,
        body: CreatePrivateLinkInput | CreatePrivateLinkInputDict,
        **options: Unpack[RequestOptions],
    ) -> TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput:
        """Create a private link for a team event type.

        ``POST /v2/organizations/{orgId}/teams/{teamId}/event-types/{eventTypeId}/private-links``"""
        return await self._run(CREATE, options, org_id, team_id, event_type_id, body)

    async def delete(
        self,
        org_id: int,
        team_id: int,
        event_type_id: int,
        link_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeletePrivateLinkOutputData:
        """Delete a private link for a team event type.

        ``DELETE /v2/organizations/{orgId}/teams/{teamId}/event-types/{eventTypeId}/private-links/{linkId}``"""
        return await self._run(DELETE, options, org_id, team_id, event_type_id, link_id)

    def list(
        self,
        org_id: int,
        team_id: int,
        event_type_id: int,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput]:
        """Get all private links for a team event type.

        ``GET /v2/organizations/{orgId}/teams/{teamId}/event-types/{eventTypeId}/private-links``

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item."""
        return self._page(LIST, options, org_id, team_id, event_type_id)

    async def update(
        self,
        org_id: int,
        team_id: int,
        event_type_id: int,
        link_id: str,
        **options: Unpack[RequestOptions],
    ) -> TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput:
        """Update a private link for a team event type.

        ``PATCH /v2/organizations/{orgId}/teams/{teamId}/event-types/{eventTypeId}/private-links/{linkId}``"""
        return await self._run(UPDATE, options, org_id, team_id, event_type_id, link_id)
