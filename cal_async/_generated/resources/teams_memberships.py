"""GENERATED CODE: do not edit. ``teams.memberships`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import Unset
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.create_team_membership_input import CreateTeamMembershipInput, CreateTeamMembershipInputDict
    from ..models.team_membership_output import TeamMembershipOutput
    from ..models.update_team_membership_input import UpdateTeamMembershipInput, UpdateTeamMembershipInputDict

    pass


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

        ``POST /v2/teams/{team_id}/memberships``

        Args:
            team_id (int):
            body (CreateTeamMembershipInput):"""
        from ..api.teams_memberships import teams_memberships_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            team_id,
            body=body,
        )

    async def delete(
        self,
        team_id: int,
        membership_id: int,
        **options: Unpack[RequestOptions],
    ) -> TeamMembershipOutput:
        """Delete a membership.

        ``DELETE /v2/teams/{team_id}/memberships/{membership_id}``

        Args:
            team_id (int):
            membership_id (int):"""
        from ..api.teams_memberships import teams_memberships_delete as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            team_id,
            membership_id,
        )

    async def get(
        self,
        team_id: int,
        membership_id: int,
        **options: Unpack[RequestOptions],
    ) -> TeamMembershipOutput:
        """Get a membership.

        ``GET /v2/teams/{team_id}/memberships/{membership_id}``

        Args:
            team_id (int):
            membership_id (int):"""
        from ..api.teams_memberships import teams_memberships_get as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            team_id,
            membership_id,
        )

    def list(
        self,
        team_id: int,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[TeamMembershipOutput]:
        """Get all memberships.

        ``GET /v2/teams/{team_id}/memberships``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            team_id (int):
            take (int | Unset):  Default: 250.
            skip (int | Unset):  Default: 0."""
        from ..api.teams_memberships import teams_memberships_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            team_id,
            take=take,
            skip=skip,
        )

    async def update(
        self,
        team_id: int,
        membership_id: int,
        *,
        body: UpdateTeamMembershipInput | UpdateTeamMembershipInputDict,
        **options: Unpack[RequestOptions],
    ) -> TeamMembershipOutput:
        """Update membership.

        ``PATCH /v2/teams/{team_id}/memberships/{membership_id}``

        Args:
            team_id (int):
            membership_id (int):
            body (UpdateTeamMembershipInput):"""
        from ..api.teams_memberships import teams_memberships_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            team_id,
            membership_id,
            body=body,
        )
