"""GENERATED CODE: do not edit. ``orgs.teams.memberships`` resource of the Cal.com API."""

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
    from ..models.create_org_team_membership_dto import CreateOrgTeamMembershipDto, CreateOrgTeamMembershipDtoDict
    from ..models.team_membership_output import TeamMembershipOutput
    from ..models.update_org_team_membership_dto import UpdateOrgTeamMembershipDto, UpdateOrgTeamMembershipDtoDict

    pass


CREATE: Final[Operation[TeamMembershipOutput]] = Operation(
    "orgs.teams.memberships",
    "create",
    "POST",
    "/v2/organizations/{orgId}/teams/{teamId}/memberships",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        body(),
    ),
    model("team_membership_output", "TeamMembershipOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsTeamsMembershipsController_createOrgTeamMembership",
    summary="Create a membership",
)
DELETE: Final[Operation[TeamMembershipOutput]] = Operation(
    "orgs.teams.memberships",
    "delete",
    "DELETE",
    "/v2/organizations/{orgId}/teams/{teamId}/memberships/{membershipId}",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        path("membershipId", "membership_id"),
    ),
    model("team_membership_output", "TeamMembershipOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsTeamsMembershipsController_deleteOrgTeamMembership",
    summary="Delete a membership",
)
GET: Final[Operation[TeamMembershipOutput]] = Operation(
    "orgs.teams.memberships",
    "get",
    "GET",
    "/v2/organizations/{orgId}/teams/{teamId}/memberships/{membershipId}",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        path("membershipId", "membership_id"),
    ),
    model("team_membership_output", "TeamMembershipOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsTeamsMembershipsController_getOrgTeamMembership",
    summary="Get a membership",
)
LIST: Final[PagedOperation[TeamMembershipOutput]] = PagedOperation(
    "orgs.teams.memberships",
    "list",
    "GET",
    "/v2/organizations/{orgId}/teams/{teamId}/memberships",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        query("take", "take"),
        query("skip", "skip"),
    ),
    model("team_membership_output", "TeamMembershipOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsTeamsMembershipsController_getAllOrgTeamMemberships",
    summary="Get all memberships",
    offset="skip",
    limit="take",
    default_limit=250,
)
UPDATE: Final[Operation[TeamMembershipOutput]] = Operation(
    "orgs.teams.memberships",
    "update",
    "PATCH",
    "/v2/organizations/{orgId}/teams/{teamId}/memberships/{membershipId}",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        path("membershipId", "membership_id"),
        body(),
    ),
    model("team_membership_output", "TeamMembershipOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsTeamsMembershipsController_updateOrgTeamMembership",
    summary="Update a membership",
)


class OrgsTeamsMembershipsResource(APIResource):
    """Operations under ``orgs.teams.memberships``."""

    async def create(
        self,
        org_id: int,
        team_id: int,
        *,
        body: CreateOrgTeamMembershipDto | CreateOrgTeamMembershipDtoDict,
        **options: Unpack[RequestOptions],
    ) -> TeamMembershipOutput:
        """Create a membership.

        ``POST /v2/organizations/{orgId}/teams/{teamId}/memberships``"""
        return await self._run(CREATE, options, org_id, team_id, body)

    async def delete(
        self,
        org_id: int,
        team_id: int,
        membership_id: int,
        **options: Unpack[RequestOptions],
    ) -> TeamMembershipOutput:
        """Delete a membership.

        ``DELETE /v2/organizations/{orgId}/teams/{teamId}/memberships/{membershipId}``"""
        return await self._run(DELETE, options, org_id, team_id, membership_id)

    async def get(
        self,
        org_id: int,
        team_id: int,
        membership_id: int,
        **options: Unpack[RequestOptions],
    ) -> TeamMembershipOutput:
        """Get a membership.

        ``GET /v2/organizations/{orgId}/teams/{teamId}/memberships/{membershipId}``"""
        return await self._run(GET, options, org_id, team_id, membership_id)

    def list(
        self,
        org_id: int,
        team_id: int,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[TeamMembershipOutput]:
        """Get all memberships.

        ``GET /v2/organizations/{orgId}/teams/{teamId}/memberships``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id:
            team_id:
            take: Maximum number of items to return
            skip: Number of items to skip"""
        return self._page(LIST, options, org_id, team_id, take, skip)

    async def update(
        self,
        org_id: int,
        team_id: int,
        membership_id: int,
        *,
        body: UpdateOrgTeamMembershipDto | UpdateOrgTeamMembershipDtoDict,
        **options: Unpack[RequestOptions],
    ) -> TeamMembershipOutput:
        """Update a membership.

        ``PATCH /v2/organizations/{orgId}/teams/{teamId}/memberships/{membershipId}``"""
        return await self._run(UPDATE, options, org_id, team_id, membership_id, body)
