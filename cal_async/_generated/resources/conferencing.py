"""GENERATED CODE: do not edit. ``conferencing`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async.pagination import AsyncPaginator

from ..models.conferencing_connect_app import ConferencingConnectApp
from ..models.conferencing_default_app import ConferencingDefaultApp
from ..models.conferencing_disconnect_app import ConferencingDisconnectApp
from ..models.conferencing_redirect_app import ConferencingRedirectApp
from ..models.conferencing_save_app import ConferencingSaveApp

if TYPE_CHECKING:
    from ..models.conferencing_apps_output_dto import ConferencingAppsOutputDto
    from ..models.default_conferencing_apps_output_dto import DefaultConferencingAppsOutputDto
    from ..models.disconnect_conferencing_app_output_response_dto import DisconnectConferencingAppOutputResponseDto
    from ..models.get_conferencing_apps_oauth_url_response_dto import GetConferencingAppsOauthUrlResponseDto
    from ..models.set_default_conferencing_app_output_response_dto import SetDefaultConferencingAppOutputResponseDto

    pass


class ConferencingResource(APIResource):
    """Operations under ``conferencing``."""

    async def connect(
        self,
        app: ConferencingConnectApp | Literal["google-meet"],
        **options: Unpack[RequestOptions],
    ) -> ConferencingAppsOutputDto:
        """Connect your conferencing application.

        ``POST /v2/conferencing/{app}/connect``

        Args:
            app (ConferencingConnectApp):"""
        from ..api.conferencing import conferencing_connect as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            app,
        )

    async def default(
        self,
        app: ConferencingDefaultApp | Literal["daily-video", "google-meet", "msteams", "zoom"],
        **options: Unpack[RequestOptions],
    ) -> SetDefaultConferencingAppOutputResponseDto:
        """Set your default conferencing application.

        ``POST /v2/conferencing/{app}/default``

        Args:
            app (ConferencingDefaultApp):"""
        from ..api.conferencing import conferencing_default as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            app,
        )

    async def disconnect(
        self,
        app: ConferencingDisconnectApp | Literal["google-meet", "msteams", "zoom"],
        **options: Unpack[RequestOptions],
    ) -> DisconnectConferencingAppOutputResponseDto:
        """Disconnect your conferencing application.

        ``DELETE /v2/conferencing/{app}/disconnect``

        Args:
            app (ConferencingDisconnectApp):"""
        from ..api.conferencing import conferencing_disconnect as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            app,
        )

    async def get_default(
        self,
        **options: Unpack[RequestOptions],
    ) -> DefaultConferencingAppsOutputDto | None:
        """Get your default conferencing application.

        ``GET /v2/conferencing/default``"""
        from ..api.conferencing import conferencing_get_default as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
        )

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ConferencingAppsOutputDto]:
        """List your conferencing applications.

        ``GET /v2/conferencing``

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item."""
        from ..api.conferencing import conferencing_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
        )

    async def redirect(
        self,
        app: ConferencingRedirectApp | Literal["msteams", "zoom"],
        *,
        return_to: str,
        on_error_return_to: str,
        **options: Unpack[RequestOptions],
    ) -> GetConferencingAppsOauthUrlResponseDto:
        """Get OAuth conferencing app auth URL.

        ``GET /v2/conferencing/{app}/oauth/auth-url``

        Args:
            app (ConferencingRedirectApp):
            return_to (str):
            on_error_return_to (str):"""
        from ..api.conferencing import conferencing_redirect as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            app,
            return_to=return_to,
            on_error_return_to=on_error_return_to,
        )

    async def save(
        self,
        app: ConferencingSaveApp | Literal["msteams", "zoom"],
        *,
        state: str,
        code: str,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Conferencing app OAuth callback.

        ``GET /v2/conferencing/{app}/oauth/callback``

        Args:
            app (ConferencingSaveApp):
            state (str):
            code (str):"""
        from ..api.conferencing import conferencing_save as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            app,
            state=state,
            code=code,
        )
