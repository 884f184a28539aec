"""GENERATED CODE: do not edit. ``orgs.teams`` resource of the Cal.com API."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async.pagination import AsyncPaginator
from cal_async.resources.teams import OrgTeamHelpers

if TYPE_CHECKING:
    from ..models.create_org_team_dto import CreateOrgTeamDto, CreateOrgTeamDtoDict
    from ..models.org_team_output_dto import OrgTeamOutputDto
    from ..models.update_org_team_dto import UpdateOrgTeamDto, UpdateOrgTeamDtoDict
    from .orgs_teams_bookings import OrgsTeamsBookingsResource
    from .orgs_teams_conferencing import OrgsTeamsConferencingResource
    from .orgs_teams_event_types import OrgsTeamsEventTypesResource
    from .orgs_teams_invite import OrgsTeamsInviteResource
    from .orgs_teams_memberships import OrgsTeamsMembershipsResource
    from .orgs_teams_routing_forms import OrgsTeamsRoutingFormsResource
    from .orgs_teams_schedules import OrgsTeamsSchedulesResource
    from .orgs_teams_stripe import OrgsTeamsStripeResource
    from .orgs_teams_users import OrgsTeamsUsersResource
    from .orgs_teams_workflows import OrgsTeamsWorkflowsResource

    pass


class OrgsTeamsOperations(APIResource):
    """Operations under ``orgs.teams``."""

    @cached_property
    def bookings(self) -> OrgsTeamsBookingsResource:
        """``orgs.teams.bookings``: list, get_references"""
        from .orgs_teams_bookings import OrgsTeamsBookingsResource

        return OrgsTeamsBookingsResource(self._client)

    @cached_property
    def conferencing(self) -> OrgsTeamsConferencingResource:
        """``orgs.teams.conferencing``: connect_app, get_oauth_url, list, set_default_app, get_default_app, disconnect_app, save_oauth_credentials"""
        from .orgs_teams_conferencing import OrgsTeamsConferencingResource

        return OrgsTeamsConferencingResource(self._client)

    @cached_property
    def event_types(self) -> OrgsTeamsEventTypesResource:
        """``orgs.teams.event_types``: list, create, get, delete, update, create_phone_call, get_teams, private_links"""
        from .orgs_teams_event_types import OrgsTeamsEventTypesResource

        return OrgsTeamsEventTypesResource(self._client)

    @cached_property
    def invite(self) -> OrgsTeamsInviteResource:
        """``orgs.teams.invite``: create"""
        from .orgs_teams_invite import OrgsTeamsInviteResource

        return OrgsTeamsInviteResource(self._client)

    @cached_property
    def memberships(self) -> OrgsTeamsMembershipsResource:
        """``orgs.teams.memberships``: list, create, get, delete, update"""
        from .orgs_teams_memberships import OrgsTeamsMembershipsResource

        return OrgsTeamsMembershipsResource(self._client)

    @cached_property
    def routing_forms(self) -> OrgsTeamsRoutingFormsResource:
        """``orgs.teams.routing_forms``: list, responses"""
        from .orgs_teams_routing_forms import OrgsTeamsRoutingFormsResource

        return OrgsTeamsRoutingFormsResource(self._client)

    @cached_property
    def schedules(self) -> OrgsTeamsSchedulesResource:
        """``orgs.teams.schedules``: list"""
        from .orgs_teams_schedules import OrgsTeamsSchedulesResource

        return OrgsTeamsSchedulesResource(self._client)

    @cached_property
    def stripe(self) -> OrgsTeamsStripeResource:
        """``orgs.teams.stripe``: get_connect_url, check_connection, save"""
        from .orgs_teams_stripe import OrgsTeamsStripeResource

        return OrgsTeamsStripeResource(self._client)

    @cached_property
    def users(self) -> OrgsTeamsUsersResource:
        """``orgs.teams.users``: schedules"""
        from .orgs_teams_users import OrgsTeamsUsersResource

        return OrgsTeamsUsersResource(self._client)

    @cached_property
    def workflows(self) -> OrgsTeamsWorkflowsResource:
        """``orgs.teams.workflows``: list, create, get, delete, update"""
        from .orgs_teams_workflows import OrgsTeamsWorkflowsResource

        return OrgsTeamsWorkflowsResource(self._client)

    async def create(
        self,
        org_id: int,
        *,
        body: CreateOrgTeamDto | CreateOrgTeamDtoDict,
        **options: Unpack[RequestOptions],
    ) -> OrgTeamOutputDto:
        """Create a team.

        ``POST /v2/organizations/{org_id}/teams``

        Args:
            org_id (int):
            body (CreateOrgTeamDto):"""
        from ..api.orgs_teams import orgs_teams_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            body=body,
        )

    async def delete(
        self,
        org_id: int,
        team_id: int,
        **options: Unpack[RequestOptions],
    ) -> OrgTeamOutputDto:
        """Delete a team.

        ``DELETE /v2/organizations/{org_id}/teams/{team_id}``

        Args:
            org_id (int):
            team_id (int):"""
        from ..api.orgs_teams import orgs_teams_delete as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
        )

    async def get(
        self,
        org_id: int,
        team_id: int,
        **options: Unpack[RequestOptions],
    ) -> OrgTeamOutputDto:
        """Get a team.

        ``GET /v2/organizations/{org_id}/teams/{team_id}``

        Args:
            org_id (int):
            team_id (int):"""
        from ..api.orgs_teams import orgs_teams_get as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
        )

    async def get_my(
        self,
        org_id: int,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[OrgTeamOutputDto]:
        """Get teams membership for user.

        ``GET /v2/organizations/{org_id}/teams/me``

        Args:
            org_id (int):"""
        from ..api.orgs_teams import orgs_teams_get_my as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
        )

    def list(
        self,
        org_id: int,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[OrgTeamOutputDto]:
        """Get all teams.

        ``GET /v2/organizations/{org_id}/teams``

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item.

        Args:
            org_id (int):"""
        from ..api.orgs_teams import orgs_teams_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
        )

    async def update(
        self,
        org_id: int,
        team_id: int,
        *,
        body: UpdateOrgTeamDto | UpdateOrgTeamDtoDict,
        **options: Unpack[RequestOptions],
    ) -> OrgTeamOutputDto:
        """Update a team.

        ``PATCH /v2/organizations/{org_id}/teams/{team_id}``

        Args:
            org_id (int):
            team_id (int):
            body (UpdateOrgTeamDto):"""
        from ..api.orgs_teams import orgs_teams_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            body=body,
        )


class OrgsTeamsResource(OrgTeamHelpers, OrgsTeamsOperations):
    """``cal.orgs.teams``: the generated operations, with ``OrgTeamHelpers``."""
