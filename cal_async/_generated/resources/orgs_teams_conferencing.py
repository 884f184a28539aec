"""GENERATED CODE: do not edit. ``orgs.teams.conferencing`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal, Unpack

from cal_async._fields import (
    ANY,
    model,
    nullable,
)
from cal_async._operation import Operation, PagedOperation, path, query
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async.pagination import AsyncPaginator

from ..models.orgs_teams_conferencing_connect_app_app import OrgsTeamsConferencingConnectAppApp
from ..models.orgs_teams_conferencing_disconnect_app_app import OrgsTeamsConferencingDisconnectAppApp
from ..models.orgs_teams_conferencing_get_oauth_url_app import OrgsTeamsConferencingGetOauthUrlApp
from ..models.orgs_teams_conferencing_set_default_app_app import OrgsTeamsConferencingSetDefaultAppApp

if TYPE_CHECKING:
    from ..models.conferencing_apps_output_dto import ConferencingAppsOutputDto
    from ..models.default_conferencing_apps_output_dto import DefaultConferencingAppsOutputDto
    from ..models.disconnect_conferencing_app_output_response_dto import DisconnectConferencingAppOutputResponseDto
    from ..models.get_conferencing_apps_oauth_url_response_dto import GetConferencingAppsOauthUrlResponseDto
    from ..models.set_default_conferencing_app_output_response_dto import SetDefaultConferencingAppOutputResponseDto

    pass


CONNECT_APP: Final[Operation[ConferencingAppsOutputDto]] = Operation(
    "orgs.teams.conferencing",
    "connect_app",
    "POST",
    "/v2/organizations/{orgId}/teams/{teamId}/conferencing/{app}/connect",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        path("app", "app"),
    ),
    model("conferencing_apps_output_dto", "ConferencingAppsOutputDto"),
    operation_id="OrganizationsConferencingController_connectTeamApp",
    summary="Connect your conferencing application to a team",
)
DISCONNECT_APP: Final[Operation[DisconnectConferencingAppOutputResponseDto]] = Operation(
    "orgs.teams.conferencing",
    "disconnect_app",
    "DELETE",
    "/v2/organizations/{orgId}/teams/{teamId}/conferencing/{app}/disconnect",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        path("app", "app"),
    ),
    model("disconnect_conferencing_app_output_response_dto", "DisconnectConferencingAppOutputResponseDto"),
    enveloped=False,
    operation_id="OrganizationsConferencingController_disconnectTeamApp",
    summary="Disconnect team conferencing application",
)
GET_DEFAULT_APP: Final[Operation[DefaultConferencingAppsOutputDto | None]] = Operation(
    "orgs.teams.conferencing",
    "get_default_app",
    "GET",
    "/v2/organizations/{orgId}/teams/{teamId}/conferencing/default",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
    ),
    nullable(model("default_conferencing_apps_output_dto", "DefaultConferencingAppsOutputDto")),
    data_may_be_absent=True,
    operation_id="OrganizationsConferencingController_getTeamDefaultApp",
    summary="Get team default conferencing application",
)
GET_OAUTH_URL: Final[Operation[GetConferencingAppsOauthUrlResponseDto]] = Operation(
    "orgs.teams.conferencing",
    "get_oauth_url",
    "GET",
    "/v2/organizations/{orgId}/teams/{teamId}/conferencing/{app}/oauth/auth-url",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        path("app", "app"),
        query("returnTo", "return_to", required=True),
        query("onErrorReturnTo", "on_error_return_to", required=True),
    ),
    model("get_conferencing_apps_oauth_url_response_dto", "GetConferencingAppsOauthUrlResponseDto"),
    auth=("Authorization",),
    enveloped=False,
    operation_id="OrganizationsConferencingController_getTeamOAuthUrl",
    summary="Get OAuth conferencing app\u0027s auth URL for a team",
)
LIST: Final[PagedOperation[ConferencingAppsOutputDto]] = PagedOperation(
    "orgs.teams.conferencing",
    "list",
    "GET",
    "/v2/organizations/{orgId}/teams/{teamId}/conferencing",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
    ),
    model("conferencing_apps_output_dto", "ConferencingAppsOutputDto"),
    operation_id="OrganizationsConferencingController_listTeamConferencingApps",
    summary="List team conferencing applications",
)
SAVE_OAUTH_CREDENTIALS: Final[Operation[Any]] = Operation(
    "orgs.teams.conferencing",
    "save_oauth_credentials",
    "GET",
    "/v2/organizations/{orgId}/teams/{teamId}/conferencing/{app}/oauth/callback",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        path("app", "app"),
        query("state", "state", required=True),
        query("code", "code", required=True),
    ),
    ANY,
    enveloped=False,
    operation_id="OrganizationsConferencingController_saveTeamOauthCredentials",
    summary="Save conferencing app OAuth credentials",
)
SET_DEFAULT_APP: Final[Operation[SetDefaultConferencingAppOutputResponseDto]] = Operation(
    "orgs.teams.conferencing",
    "set_default_app",
    "POST",
    "/v2/organizations/{orgId}/teams/{teamId}/conferencing/{app}/default",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        path("app", "app"),
    ),
    model("set_default_conferencing_app_output_response_dto", "SetDefaultConferencingAppOutputResponseDto"),
    enveloped=False,
    operation_id="OrganizationsConferencingController_setTeamDefaultApp",
    summary="Set team default conferencing application",
)


class OrgsTeamsConferencingResource(APIResource):
    """Operations under ``orgs.teams.conferencing``."""

    async def connect_app(
        self,
        org_id: int,
        team_id: int,
        app: OrgsTeamsConferencingConnectAppApp | Literal["google-meet"],
        **options: Unpack[RequestOptions],
    ) -> ConferencingAppsOutputDto:
        """Connect your conferencing application to a team.

        ``POST /v2/organizations/{orgId}/teams/{teamId}/conferencing/{app}/connect``

        Args:
            org_id:
            team_id:
            app: Conferencing application type"""
        return await self._run(CONNECT_APP, options, org_id, team_id, app)

    async def disconnect_app(
        self,
        org_id: int,
        team_id: int,
        app: OrgsTeamsConferencingDisconnectAppApp | Literal["google-meet", "msteams", "zoom"],
        **options: Unpack[RequestOptions],
    ) -> DisconnectConferencingAppOutputResponseDto:
        """Disconnect team conferencing application.

        ``DELETE /v2/organizations/{orgId}/teams/{teamId}/conferencing/{app}/disconnect``

        Args:
            org_id:
            team_id:
            app: Conferencing application type"""
        return await self._run(DISCONNECT_APP, options, org_id, team_id, app)

    async def get_default_app(
        self,
        org_id: int,
        team_id: int,
        **options: Unpack[RequestOptions],
    ) -> DefaultConferencingAppsOutputDto | None:
        """Get team default conferencing application.

        ``GET /v2/organizations/{orgId}/teams/{teamId}/conferencing/default``"""
        return await self._run(GET_DEFAULT_APP, options, org_id, team_id)

    async def get_oauth_url(
        self,
        org_id: int,
        team_id: int,
        app: OrgsTeamsConferencingGetOauthUrlApp | Literal["msteams", "zoom"],
        *,
        return_to: str,
        on_error_return_to: str,
        **options: Unpack[RequestOptions],
    ) -> GetConferencingAppsOauthUrlResponseDto:
        """Get OAuth conferencing app's auth URL for a team.

        ``GET /v2/organizations/{orgId}/teams/{teamId}/conferencing/{app}/oauth/auth-url``

        Args:
            org_id:
            team_id:
            app: Conferencing application type
            return_to:
            on_error_return_to:"""
        return await self._run(GET_OAUTH_URL, options, org_id, team_id, app, return_to, on_error_return_to)

    def list(
        self,
        org_id: int,
        team_id: int,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ConferencingAppsOutputDto]:
        """List team conferencing applications.

        ``GET /v2/organizations/{orgId}/teams/{teamId}/conferencing``

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item."""
        return self._page(LIST, options, org_id, team_id)

    async def save_oauth_credentials(
        self,
        org_id: int,
        team_id: int,
        app: str,
        *,
        state: str,
        code: str,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Save conferencing app OAuth credentials.

        ``GET /v2/organizations/{orgId}/teams/{teamId}/conferencing/{app}/oauth/callback``"""
        return await self._run(SAVE_OAUTH_CREDENTIALS, options, org_id, team_id, app, state, code)

    async def set_default_app(
        self,
        org_id: int,
        team_id: int,
        app: OrgsTeamsConferencingSetDefaultAppApp | Literal["daily-video", "google-meet", "msteams", "zoom"],
        **options: Unpack[RequestOptions],
    ) -> SetDefaultConferencingAppOutputResponseDto:
        """Set team default conferencing application.

        ``POST /v2/organizations/{orgId}/teams/{teamId}/conferencing/{app}/default``

        Args:
            org_id:
            team_id:
            app: Conferencing application type"""
        return await self._run(SET_DEFAULT_APP, options, org_id, team_id, app)
