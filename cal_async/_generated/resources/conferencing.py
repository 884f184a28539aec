"""GENERATED CODE: do not edit. ``conferencing`` resource of the Cal.com API."""

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


CONNECT: Final[Operation[ConferencingAppsOutputDto]] = Operation(
    "conferencing",
    "connect",
    "POST",
    "/v2/conferencing/{app}/connect",
    (path("app", "app"),),
    model("conferencing_apps_output_dto", "ConferencingAppsOutputDto"),
    auth=("Authorization",),
    operation_id="ConferencingController_connect",
    summary="Connect your conferencing application",
)
DEFAULT: Final[Operation[SetDefaultConferencingAppOutputResponseDto]] = Operation(
    "conferencing",
    "default",
    "POST",
    "/v2/conferencing/{app}/default",
    (path("app", "app"),),
    model("set_default_conferencing_app_output_response_dto", "SetDefaultConferencingAppOutputResponseDto"),
    auth=("Authorization",),
    enveloped=False,
    operation_id="ConferencingController_default",
    summary="Set your default conferencing application",
)
DISCONNECT: Final[Operation[DisconnectConferencingAppOutputResponseDto]] = Operation(
    "conferencing",
    "disconnect",
    "DELETE",
    "/v2/conferencing/{app}/disconnect",
    (path("app", "app"),),
    model("disconnect_conferencing_app_output_response_dto", "DisconnectConferencingAppOutputResponseDto"),
    auth=("Authorization",),
    enveloped=False,
    operation_id="ConferencingController_disconnect",
    summary="Disconnect your conferencing application",
)
GET_DEFAULT: Final[Operation[DefaultConferencingAppsOutputDto | None]] = Operation(
    "conferencing",
    "get_default",
    "GET",
    "/v2/conferencing/default",
    (),
    nullable(model("default_conferencing_apps_output_dto", "DefaultConferencingAppsOutputDto")),
    auth=("Authorization",),
    data_may_be_absent=True,
    operation_id="ConferencingController_getDefault",
    summary="Get your default conferencing application",
)
LIST: Final[PagedOperation[ConferencingAppsOutputDto]] = PagedOperation(
    "conferencing",
    "list",
    "GET",
    "/v2/conferencing",
    (),
    model("conferencing_apps_output_dto", "ConferencingAppsOutputDto"),
    auth=("Authorization",),
    operation_id="ConferencingController_listInstalledConferencingApps",
    summary="List your conferencing applications",
)
REDIRECT: Final[Operation[GetConferencingAppsOauthUrlResponseDto]] = Operation(
    "conferencing",
    "redirect",
    "GET",
    "/v2/conferencing/{app}/oauth/auth-url",
    (
        path("app", "app"),
        query("returnTo", "return_to", required=True),
        query("onErrorReturnTo", "on_error_return_to", required=True),
    ),
    model("get_conferencing_apps_oauth_url_response_dto", "GetConferencingAppsOauthUrlResponseDto"),
    auth=("Authorization",),
    enveloped=False,
    operation_id="ConferencingController_redirect",
    summary="Get OAuth conferencing app auth URL",
)
SAVE: Final[Operation[Any]] = Operation(
    "conferencing",
    "save",
    "GET",
    "/v2/conferencing/{app}/oauth/callback",
    (
        path("app", "app"),
        query("state", "state", required=True),
        query("code", "code", required=True),
    ),
    ANY,
    enveloped=False,
    operation_id="ConferencingController_save",
    summary="Conferencing app OAuth callback",
)


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
            app: Conferencing application type"""
        return await self._run(CONNECT, options, app)

    async def default(
        self,
        app: ConferencingDefaultApp | Literal["daily-video", "google-meet", "msteams", "zoom"],
        **options: Unpack[RequestOptions],
    ) -> SetDefaultConferencingAppOutputResponseDto:
        """Set your default conferencing application.

        ``POST /v2/conferencing/{app}/default``

        Args:
            app: Conferencing application type"""
        return await self._run(DEFAULT, options, app)

    async def disconnect(
        self,
        app: ConferencingDisconnectApp | Literal["google-meet", "msteams", "zoom"],
        **options: Unpack[RequestOptions],
    ) -> DisconnectConferencingAppOutputResponseDto:
        """Disconnect your conferencing application.

        ``DELETE /v2/conferencing/{app}/disconnect``

        Args:
            app: Conferencing application type"""
        return await self._run(DISCONNECT, options, app)

    async def get_default(
        self,
        **options: Unpack[RequestOptions],
    ) -> DefaultConferencingAppsOutputDto | None:
        """Get your default conferencing application.

        ``GET /v2/conferencing/default``"""
        return await self._run(GET_DEFAULT, options)

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ConferencingAppsOutputDto]:
        """List your conferencing applications.

        ``GET /v2/conferencing``

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item."""
        return self._page(LIST, options)

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
            app: Conferencing application type
            return_to:
            on_error_return_to:"""
        return await self._run(REDIRECT, options, app, return_to, on_error_return_to)

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
            app: Conferencing application type
            state:
            code:"""
        return await self._run(SAVE, options, app, state, code)
