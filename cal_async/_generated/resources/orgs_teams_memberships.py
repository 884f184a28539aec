"""GENERATED CODE: do not edit. ``orgs.teams.memberships`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import Unset
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.create_org_team_membership_dto import CreateOrgTeamMembershipDto, CreateOrgTeamMembershipDtoDict
    from ..models.team_membership_output import TeamMembershipOutput
    from ..models.update_org_team_membership_dto import UpdateOrgTeamMembershipDto, UpdateOrgTeamMembershipDtoDict

    pass


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

        ``POST /v2/organizations/{org_id}/teams/{team_id}/memberships``

        Args:
            org_id (int):
            team_id (int):
            body (CreateOrgTeamMembershipDto):"""
        from ..api.orgs_teams_memberships import orgs_teams_memberships_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            body=body,
        )

    async def delete(
        self,
        org_id: int,
        team_id: int,
        membership_id: int,
        **options: Unpack[RequestOptions],
    ) -> TeamMembershipOutput:
        """Delete a membership.

        ``DELETE /v2/organizations/{org_id}/teams/{team_id}/memberships/{membership_id}``

        Args:
            org_id (int):
            team_id (int):
            membership_id (int):"""
        from ..api.orgs_teams_memberships import orgs_teams_memberships_delete as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            membership_id,
        )

    async def get(
        self,
        org_id: int,
        team_id: int,
        membership_id: int,
        **options: Unpack[RequestOptions],
    ) -> TeamMembershipOutput:
        """Get a membership.

        ``GET /v2/organizations/{org_id}/teams/{team_id}/memberships/{membership_id}``

        Args:
            org_id (int):
            team_id (int):
            membership_id (int):"""
        from ..api.orgs_teams_memberships import orgs_teams_memberships_get as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            membership_id,
        )

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

        ``GET /v2/organizations/{org_id}/teams/{team_id}/memberships``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id (int):
            team_id (int):
            take (int | Unset):  Default: 250.
            skip (int | Unset):  Default: 0."""
        from ..api.orgs_teams_memberships import orgs_teams_memberships_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            take=take,
            skip=skip,
        )

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

        ``PATCH /v2/organizations/{org_id}/teams/{team_id}/memberships/{membership_id}``

        Args:
            org_id (int):
            team_id (int):
            membership_id (int):
            body (UpdateOrgTeamMembershipDto):"""
        from ..api.orgs_teams_memberships import orgs_teams_memberships_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            membership_id,
            body=body,
        )
