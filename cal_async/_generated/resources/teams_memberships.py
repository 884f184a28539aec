"""GENERATED CODE: do not edit. ``teams.memberships`` resource of the Cal.com API."""

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
    from ..models.create_team_membership_input import CreateTeamMembershipInput, CreateTeamMembershipInputDict
    from ..models.team_membership_output import TeamMembershipOutput
    from ..models.update_team_membership_input import UpdateTeamMembershipInput, UpdateTeamMembershipInputDict

    pass


CREATE: Final[Operation[TeamMembershipOutput]] = Operation(
    "teams.memberships",
    "create",
    "POST",
    "/v2/teams/{teamId}/memberships",
    (
        path("teamId", "team_id"),
        body(),
    ),
    model("team_membership_output", "TeamMembershipOutput"),
    auth=("Authorization",),
    operation_id="TeamsMembershipsController_createTeamMembership",
    summary="Create a membership",
)
DELETE: Final[Operation[TeamMembershipOutput]] = Operation(
    "teams.memberships",
    "delete",
    "DELETE",
    "/v2/teams/{teamId}/memberships/{membershipId}",
    (
        path("teamId", "team_id"),
        path("membershipId", "membership_id"),
    ),
    model("team_membership_output", "TeamMembershipOutput"),
    auth=("Authorization",),
    operation_id="TeamsMembershipsController_deleteTeamMembership",
    summary="Delete a membership",
)
GET: Final[Operation[TeamMembershipOutput]] = Operation(
    "teams.memberships",
    "get",
    "GET",
    "/v2/teams/{teamId}/memberships/{membershipId}",
    (
        path("teamId", "team_id"),
        path("membershipId", "membership_id"),
    ),
    model("team_membership_output", "TeamMembershipOutput"),
    auth=("Authorization",),
    operation_id="TeamsMembershipsController_getTeamMembership",
    summary="Get a membership",
)
LIST: Final[PagedOperation[TeamMembershipOutput]] = PagedOperation(
    "teams.memberships",
    "list",
    "GET",
    "/v2/teams/{teamId}/memberships",
    (
        path("teamId", "team_id"),
        query("take", "take"),
        query("skip", "skip"),
    ),
    model("team_membership_output", "TeamMembershipOutput"),
    auth=("Authorization",),
    operation_id="TeamsMembershipsController_getTeamMemberships",
    summary="Get all memberships",
    offset="skip",
    limit="take",
    default_limit=250,
)
UPDATE: Final[Operation[TeamMembershipOutput]] = Operation(
    "teams.memberships",
    "update",
    "PATCH",
    "/v2/teams/{teamId}/memberships/{membershipId}",
    (
        path("teamId", "team_id"),
        path("membershipId", "membership_id"),
        body(),
    ),
    model("team_membership_output", "TeamMembershipOutput"),
    auth=("Authorization",),
    operation_id="TeamsMembershipsController_updateTeamMembership",
    summary="Update membership",
)


class TeamsMembershipsResource(APIResource):
    """Operations under ``teams.memberships``."""

    async def create(
        self,
        team_id: int,
        *,
        body: CreateTeamMembershipInput | CreateTeamMembershipInputDict,
        **options: Unpack[RequestOptions],
    ) -> TeamMembershipOutput:
        """Create a membership.

        ``POST /v2/teams/{teamId}/memberships``"""
        return await self._run(CREATE, options, team_id, body)

    async def delete(
        self,
        team_id: int,
        membership_id: int,
        **options: Unpack[RequestOptions],
    ) -> TeamMembershipOutput:
        """Delete a membership.

        ``DELETE /v2/teams/{teamId}/memberships/{membershipId}``"""
        return await self._run(DELETE, options, team_id, membership_id)

    async def get(
        self,
        team_id: int,
        membership_id: int,
        **options: Unpack[RequestOptions],
    ) -> TeamMembershipOutput:
        """Get a membership.

        ``GET /v2/teams/{teamId}/memberships/{membershipId}``"""
        return await self._run(GET, options, team_id, membership_id)

    def list(
        self,
        team_id: int,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[TeamMembershipOutput]:
        """Get all memberships.

        ``GET /v2/teams/{teamId}/memberships``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            team_id:
            take: Maximum number of items to return
            skip: Number of items to skip"""
        return self._page(LIST, options, team_id, take, skip)

    async def update(
        self,
        team_id: int,
        membership_id: int,
        *,
        body: UpdateTeamMembershipInput | UpdateTeamMembershipInputDict,
        **options: Unpack[RequestOptions],
    ) -> TeamMembershipOutput:
        """Update membership.

        ``PATCH /v2/teams/{teamId}/memberships/{membershipId}``"""
        return await self._run(UPDATE, options, team_id, membership_id, body)
