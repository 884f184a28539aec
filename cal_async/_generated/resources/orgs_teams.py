"""GENERATED CODE: do not edit. ``orgs.teams`` resource of the Cal.com API."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    list_of,
    model,
)
from cal_async._operation import Operation, PagedOperation, body, path
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from cal_async._generated.resources.orgs_teams_bookings import OrgsTeamsBookingsResource
    from cal_async._generated.resources.orgs_teams_conferencing import OrgsTeamsConferencingResource
    from cal_async._generated.resources.orgs_teams_invite import OrgsTeamsInviteResource
    from cal_async._generated.resources.orgs_teams_memberships import OrgsTeamsMembershipsResource
    from cal_async._generated.resources.orgs_teams_routing_forms import OrgsTeamsRoutingFormsResource
    from cal_async._generated.resources.orgs_teams_schedules import OrgsTeamsSchedulesResource
    from cal_async._generated.resources.orgs_teams_stripe import OrgsTeamsStripeResource
    from cal_async._generated.resources.orgs_teams_users import OrgsTeamsUsersResource
    from cal_async._generated.resources.orgs_teams_workflows import OrgsTeamsWorkflowsResource
    from cal_async.resources.teams import OrgTeamEventTypeHelpers

    from ..models.create_org_team_dto import CreateOrgTeamDto, CreateOrgTeamDtoDict
    from ..models.org_team_output_dto import OrgTeamOutputDto
    from ..models.update_org_team_dto import UpdateOrgTeamDto, UpdateOrgTeamDtoDict

    pass


CREATE: Final[Operation[OrgTeamOutputDto]] = Operation(
    "orgs.teams",
    "create",
    "POST",
    "/v2/organizations/{orgId}/teams",
    (
        path("orgId", "org_id"),
        body(),
    ),
    model("org_team_output_dto", "OrgTeamOutputDto"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsTeamsController_createTeam",
    summary="Create a team",
)
DELETE: Final[Operation[OrgTeamOutputDto]] = Operation(
    "orgs.teams",
    "delete",
    "DELETE",
    "/v2/organizations/{orgId}/teams/{teamId}",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
    ),
    model("org_team_output_dto", "OrgTeamOutputDto"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsTeamsController_deleteTeam",
    summary="Delete a team",
)
GET: Final[Operation[OrgTeamOutputDto]] = Operation(
    "orgs.teams",
    "get",
    "GET",
    "/v2/organizations/{orgId}/teams/{teamId}",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
    ),
    model("org_team_output_dto", "OrgTeamOutputDto"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsTeamsController_getTeam",
    summary="Get a team",
)
GET_MY: Final[Operation[list[OrgTeamOutputDto]]] = Operation(
    "orgs.teams",
    "get_my",
    "GET",
    "/v2/organizations/{orgId}/teams/me",
    (path("orgId", "org_id"),),
    list_of(model("org_team_output_dto", "OrgTeamOutputDto")),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsTeamsController_getMyTeams",
    summary="Get teams membership for user",
)
LIST: Final[PagedOperation[OrgTeamOutputDto]] = PagedOperation(
    "orgs.teams",
    "list",
    "GET",
    "/v2/organizations/{orgId}/teams",
    (path("orgId", "org_id"),),
    model("org_team_output_dto", "OrgTeamOutputDto"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsTeamsController_getAllTeams",
    summary="Get all teams",
)
UPDATE: Final[Operation[OrgTeamOutputDto]] = Operation(
    "orgs.teams",
    "update",
    "PATCH",
    "/v2/organizations/{orgId}/teams/{teamId}",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        body(),
    ),
    model("org_team_output_dto", "OrgTeamOutputDto"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsTeamsController_updateTeam",
    summary="Update a team",
)


class OrgsTeamsResource(APIResource):
    """Operations under ``orgs.teams``."""

    @cached_property
    def bookings(self) -> OrgsTeamsBookingsResource:
        """``orgs.teams.bookings``: list, get_references"""
        from cal_async._generated.resources.orgs_teams_bookings import OrgsTeamsBookingsResource

        return OrgsTeamsBookingsResource(self._client)

    @cached_property
    def conferencing(self) -> OrgsTeamsConferencingResource:
        """``orgs.teams.conferencing``: connect_app, get_oauth_url, list, set_default_app, get_default_app, disconnect_app, save_oauth_credentials"""
        from cal_async._generated.resources.orgs_teams_conferencing import OrgsTeamsConferencingResource

        return OrgsTeamsConferencingResource(self._client)

    @cached_property
    def event_types(self) -> OrgTeamEventTypeHelpers:
        """``orgs.teams.event_types``: list, create, get, delete, update, create_phone_call, get_teams, private_links"""
        from cal_async.resources.teams import OrgTeamEventTypeHelpers

        return OrgTeamEventTypeHelpers(self._client)

    @cached_property
    def invite(self) -> OrgsTeamsInviteResource:
        """``orgs.teams.invite``: create"""
        from cal_async._generated.resources.orgs_teams_invite import OrgsTeamsInviteResource

        return OrgsTeamsInviteResource(self._client)

    @cached_property
    def memberships(self) -> OrgsTeamsMembershipsResource:
        """``orgs.teams.memberships``: list, create, get, delete, update"""
        from cal_async._generated.resources.orgs_teams_memberships import OrgsTeamsMembershipsResource

        return OrgsTeamsMembershipsResource(self._client)

    @cached_property
    def routing_forms(self) -> OrgsTeamsRoutingFormsResource:
        """``orgs.teams.routing_forms``: list, responses"""
        from cal_async._generated.resources.orgs_teams_routing_forms import OrgsTeamsRoutingFormsResource

        return OrgsTeamsRoutingFormsResource(self._client)

    @cached_property
    def schedules(self) -> OrgsTeamsSchedulesResource:
        """``orgs.teams.schedules``: list"""
        from cal_async._generated.resources.orgs_teams_schedules import OrgsTeamsSchedulesResource

        return OrgsTeamsSchedulesResource(self._client)

    @cached_property
    def stripe(self) -> OrgsTeamsStripeResource:
        """``orgs.teams.stripe``: get_connect_url, check_connection, save"""
        from cal_async._generated.resources.orgs_teams_stripe import OrgsTeamsStripeResource

        return OrgsTeamsStripeResource(self._client)

    @cached_property
    def users(self) -> OrgsTeamsUsersResource:
        """``orgs.teams.users``: schedules"""
        from cal_async._generated.resources.orgs_teams_users import OrgsTeamsUsersResource

        return OrgsTeamsUsersResource(self._client)

    @cached_property
    def workflows(self) -> OrgsTeamsWorkflowsResource:
        """``orgs.teams.workflows``: list, create, get, delete, update"""
        from cal_async._generated.resources.orgs_teams_workflows import OrgsTeamsWorkflowsResource

        return OrgsTeamsWorkflowsResource(self._client)

    async def create(
        self,
        org_id: int,
        *,
        body: CreateOrgTeamDto | CreateOrgTeamDtoDict,
        **options: Unpack[RequestOptions],
    ) -> OrgTeamOutputDto:
        """Create a team.

        ``POST /v2/organizations/{orgId}/teams``"""
        return await self._run(CREATE, options, org_id, body)

    async def delete(
        self,
        org_id: int,
        team_id: int,
        **options: Unpack[RequestOptions],
    ) -> OrgTeamOutputDto:
        """Delete a team.

        ``DELETE /v2/organizations/{orgId}/teams/{teamId}``"""
        return await self._run(DELETE, options, org_id, team_id)

    async def get(
        self,
        org_id: int,
        team_id: int,
        **options: Unpack[RequestOptions],
    ) -> OrgTeamOutputDto:
        """Get a team.

        ``GET /v2/organizations/{orgId}/teams/{teamId}``"""
        return await self._run(GET, options, org_id, team_id)

    async def get_my(
        self,
        org_id: int,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[OrgTeamOutputDto]:
        """Get teams membership for user.

        ``GET /v2/organizations/{orgId}/teams/me``"""
        return await self._run(GET_MY, options, org_id)

    def list(
        self,
        org_id: int,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[OrgTeamOutputDto]:
        """Get all teams.

        ``GET /v2/organizations/{orgId}/teams``

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item."""
        return self._page(LIST, options, org_id)

    async def update(
        self,
        org_id: int,
        team_id: int,
        *,
        body: UpdateOrgTeamDto | UpdateOrgTeamDtoDict,
        **options: Unpack[RequestOptions],
    ) -> OrgTeamOutputDto:
        """Update a team.

        ``PATCH /v2/organizations/{orgId}/teams/{teamId}``"""
        return await self._run(UPDATE, options, org_id, team_id, body)
