"""GENERATED CODE: do not edit. ``teams`` resource of the Cal.com API."""

from __future__ import annotations

from functools import cached_property
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
    from cal_async._generated.resources.teams_memberships import TeamsMembershipsResource
    from cal_async._generated.resources.teams_schedules import TeamsSchedulesResource
    from cal_async._generated.resources.teams_verified_resources import TeamsVerifiedResourcesResource
    from cal_async.resources.teams import TeamEventTypeHelpers

    from ..models.create_team_input import CreateTeamInput, CreateTeamInputDict
    from ..models.create_team_output_data import CreateTeamOutputData
    from ..models.org_team_output_dto import OrgTeamOutputDto
    from ..models.team_output_dto import TeamOutputDto
    from ..models.update_org_team_dto import UpdateOrgTeamDto, UpdateOrgTeamDtoDict

    pass


CREATE: Final[Operation[CreateTeamOutputData | TeamOutputDto]] = Operation(
    "teams",
    "create",
    "POST",
    "/v2/teams",
    (body(),),
    one_of(model("create_team_output_data", "CreateTeamOutputData"), model("team_output_dto", "TeamOutputDto")),
    auth=("Authorization",),
    operation_id="TeamsController_createTeam",
    summary="Create a team",
)
DELETE: Final[Operation[OrgTeamOutputDto]] = Operation(
    "teams",
    "delete",
    "DELETE",
    "/v2/teams/{teamId}",
    (path("teamId", "team_id"),),
    model("org_team_output_dto", "OrgTeamOutputDto"),
    auth=("Authorization",),
    operation_id="TeamsController_deleteTeam",
    summary="Delete a team",
)
GET: Final[Operation[TeamOutputDto]] = Operation(
    "teams",
    "get",
    "GET",
    "/v2/teams/{teamId}",
    (path("teamId", "team_id"),),
    model("team_output_dto", "TeamOutputDto"),
    auth=("Authorization",),
    operation_id="TeamsController_getTeam",
    summary="Get a team",
)
LIST: Final[PagedOperation[TeamOutputDto]] = PagedOperation(
    "teams",
    "list",
    "GET",
    "/v2/teams",
    (),
    model("team_output_dto", "TeamOutputDto"),
    auth=("Authorization",),
    operation_id="TeamsController_getTeams",
    summary="Get teams",
)
UPDATE: Final[Operation[TeamOutputDto]] = Operation(
    "teams",
    "update",
    "PATCH",
    "/v2/teams/{teamId}",
    (
        path("teamId", "team_id"),
        body(),
    ),
    model("team_output_dto", "TeamOutputDto"),
    auth=("Authorization",),
    operation_id="TeamsController_updateTeam",
    summary="Update a team",
)


class TeamsResource(APIResource):
    """Operations under ``teams``."""

    @cached_property
    def event_types(self) -> TeamEventTypeHelpers:
        """``teams.event_types``: list, create, get, delete, update, create_phone_call"""
        from cal_async.resources.teams import TeamEventTypeHelpers

        return TeamEventTypeHelpers(self._client)

    @cached_property
    def memberships(self) -> TeamsMembershipsResource:
        """``teams.memberships``: list, create, get, delete, update"""
        from cal_async._generated.resources.teams_memberships import TeamsMembershipsResource

        return TeamsMembershipsResource(self._client)

    @cached_property
    def schedules(self) -> TeamsSchedulesResource:
        """``teams.schedules``: list"""
        from cal_async._generated.resources.teams_schedules import TeamsSchedulesResource

        return TeamsSchedulesResource(self._client)

    @cached_property
    def verified_resources(self) -> TeamsVerifiedResourcesResource:
        """``teams.verified_resources``: request_email_verification_code, request_phone_verification_code, verify_email, verify_phone_number, get_verified_emails, get_verified_phone_numbers, get_verified_email_by_id, get_verified_phone_by_id"""
        from cal_async._generated.resources.teams_verified_resources import TeamsVerifiedResourcesResource

        return TeamsVerifiedResourcesResource(self._client)

    async def create(
        self,
        *,
        body: CreateTeamInput | CreateTeamInputDict,
        **options: Unpack[RequestOptions],
    ) -> CreateTeamOutputData | TeamOutputDto:
        """Create a team.

        ``POST /v2/teams``"""
        return await self._run(CREATE, options, body)

    async def delete(
        self,
        team_id: int,
        **options: Unpack[RequestOptions],
    ) -> OrgTeamOutputDto:
        """Delete a team.

        ``DELETE /v2/teams/{teamId}``"""
        return await self._run(DELETE, options, team_id)

    async def get(
        self,
        team_id: int,
        **options: Unpack[RequestOptions],
    ) -> TeamOutputDto:
        """Get a team.

        ``GET /v2/teams/{teamId}``"""
        return await self._run(GET, options, team_id)

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[TeamOutputDto]:
        """Get teams.

        ``GET /v2/teams``

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item."""
        return self._page(LIST, options)

    async def update(
        self,
        team_id: int,
        *,
        body: UpdateOrgTeamDto | UpdateOrgTeamDtoDict,
        **options: Unpack[RequestOptions],
    ) -> TeamOutputDto:
        """Update a team.

        ``PATCH /v2/teams/{teamId}``"""
        return await self._run(UPDATE, options, team_id, body)
