"""GENERATED CODE: do not edit. ``orgs.teams.conferencing`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Unpack

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

        ``POST /v2/organizations/{org_id}/teams/{team_id}/conferencing/{app}/connect``

        Args:
            org_id (int):
            team_id (int):
            app (OrgsTeamsConferencingConnectAppApp):"""
        from ..api.orgs_teams_conferencing import orgs_teams_conferencing_connect_app as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            app,
        )

    async def disconnect_app(
        self,
        org_id: int,
        team_id: int,
        app: OrgsTeamsConferencingDisconnectAppApp | Literal["google-meet", "msteams", "zoom"],
        **options: Unpack[RequestOptions],
    ) -> DisconnectConferencingAppOutputResponseDto:
        """Disconnect team conferencing application.

        ``DELETE /v2/organizations/{org_id}/teams/{team_id}/conferencing/{app}/disconnect``

        Args:
            org_id (int):
            team_id (int):
            app (OrgsTeamsConferencingDisconnectAppApp):"""
        from ..api.orgs_teams_conferencing import orgs_teams_conferencing_disconnect_app as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            app,
        )

    async def get_default_app(
        self,
        org_id: int,
        team_id: int,
        **options: Unpack[RequestOptions],
    ) -> DefaultConferencingAppsOutputDto | None:
        """Get team default conferencing application.

        ``GET /v2/organizations/{org_id}/teams/{team_id}/conferencing/default``

        Args:
            org_id (int):
            team_id (int):"""
        from ..api.orgs_teams_conferencing import orgs_teams_conferencing_get_default_app as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
        )

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

        ``GET /v2/organizations/{org_id}/teams/{team_id}/conferencing/{app}/oauth/auth-url``

        Args:
            org_id (int):
            team_id (int):
            app (OrgsTeamsConferencingGetOauthUrlApp):
            return_to (str):
            on_error_return_to (str):"""
        from ..api.orgs_teams_conferencing import orgs_teams_conferencing_get_oauth_url as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            app,
            return_to=return_to,
            on_error_return_to=on_error_return_to,
        )

    def list(
        self,
        org_id: int,
        team_id: int,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ConferencingAppsOutputDto]:
        """List team conferencing applications.

        ``GET /v2/organizations/{org_id}/teams/{team_id}/conferencing``

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item.

        Args:
            org_id (int):
            team_id (int):"""
        from ..api.orgs_teams_conferencing import orgs_teams_conferencing_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
        )

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

        ``GET /v2/organizations/{org_id}/teams/{team_id}/conferencing/{app}/oauth/callback``

        Args:
            org_id (int):
            team_id (int):
            app (str):
            state (str):
            code (str):"""
        from ..api.orgs_teams_conferencing import orgs_teams_conferencing_save_oauth_credentials as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            app,
            state=state,
            code=code,
        )

    async def set_default_app(
        self,
        org_id: int,
        team_id: int,
        app: OrgsTeamsConferencingSetDefaultAppApp | Literal["daily-video", "google-meet", "msteams", "zoom"],
        **options: Unpack[RequestOptions],
    ) -> SetDefaultConferencingAppOutputResponseDto:
        """Set team default conferencing application.

        ``POST /v2/organizations/{org_id}/teams/{team_id}/conferencing/{app}/default``

        Args:
            org_id (int):
            team_id (int):
            app (OrgsTeamsConferencingSetDefaultAppApp):"""
        from ..api.orgs_teams_conferencing import orgs_teams_conferencing_set_default_app as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            app,
        )
