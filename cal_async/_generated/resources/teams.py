"""GENERATED CODE: do not edit. ``teams`` resource of the Cal.com API."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.create_team_input import CreateTeamInput, CreateTeamInputDict
    from ..models.create_team_output_data import CreateTeamOutputData
    from ..models.org_team_output_dto import OrgTeamOutputDto
    from ..models.team_output_dto import TeamOutputDto
    from ..models.update_org_team_dto import UpdateOrgTeamDto, UpdateOrgTeamDtoDict
    from .teams_event_types import TeamsEventTypesResource
    from .teams_memberships import TeamsMembershipsResource
    from .teams_schedules import TeamsSchedulesResource
    from .teams_verified_resources import TeamsVerifiedResourcesResource

    pass


class TeamsResource(APIResource):
    """Operations under ``teams``."""

    @cached_property
    def event_types(self) -> TeamsEventTypesResource:
        """``teams.event_types``: list, create, get, delete, update, create_phone_call"""
        from .teams_event_types import TeamsEventTypesResource

        return TeamsEventTypesResource(self._client)

    @cached_property
    def memberships(self) -> TeamsMembershipsResource:
        """``teams.memberships``: list, create, get, delete, update"""
        from .teams_memberships import TeamsMembershipsResource

        return TeamsMembershipsResource(self._client)

    @cached_property
    def schedules(self) -> TeamsSchedulesResource:
        """``teams.schedules``: list"""
        from .teams_schedules import TeamsSchedulesResource

        return TeamsSchedulesResource(self._client)

    @cached_property
    def verified_resources(self) -> TeamsVerifiedResourcesResource:
        """``teams.verified_resources``: request_email_verification_code, request_phone_verification_code, verify_email, verify_phone_number, get_verified_emails, get_verified_phone_numbers, get_verified_email_by_id, get_verified_phone_by_id"""
        from .teams_verified_resources import TeamsVerifiedResourcesResource

        return TeamsVerifiedResourcesResource(self._client)

    async def create(
        self,
        *,
        body: CreateTeamInput | CreateTeamInputDict,
        **options: Unpack[RequestOptions],
    ) -> CreateTeamOutputData | TeamOutputDto:
        """Create a team.

        ``POST /v2/teams``

        Args:
            body (CreateTeamInput):"""
        from ..api.teams import teams_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            body=body,
        )

    async def delete(
        self,
        team_id: int,
        **options: Unpack[RequestOptions],
    ) -> OrgTeamOutputDto:
        """Delete a team.

        ``DELETE /v2/teams/{team_id}``

        Args:
            team_id (int):"""
        from ..api.teams import teams_delete as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            team_id,
        )

    async def get(
        self,
        team_id: int,
        **options: Unpack[RequestOptions],
    ) -> TeamOutputDto:
        """Get a team.

        ``GET /v2/teams/{team_id}``

        Args:
            team_id (int):"""
        from ..api.teams import teams_get as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            team_id,
        )

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[TeamOutputDto]:
        """Get teams.

        ``GET /v2/teams``

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item."""
        from ..api.teams import teams_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
        )

    async def update(
        self,
        team_id: int,
        *,
        body: UpdateOrgTeamDto | UpdateOrgTeamDtoDict,
        **options: Unpack[RequestOptions],
    ) -> TeamOutputDto:
        """Update a team.

        ``PATCH /v2/teams/{team_id}``

        Args:
            team_id (int):
            body (UpdateOrgTeamDto):"""
        from ..api.teams import teams_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            team_id,
            body=body,
        )
