# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment
from cal_async._query_params import query_params

from ...models.conferencing_redirect_app import ConferencingRedirectApp

if TYPE_CHECKING:
    from ...models.get_conferencing_apps_oauth_url_response_dto import GetConferencingAppsOauthUrlResponseDto

    pass

OPERATION: Final = "conferencing.redirect"
METHOD: Final = "GET"
PATH: Final = "/v2/conferencing/{app}/oauth/auth-url"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[GetConferencingAppsOauthUrlResponseDto]] = model(
    "get_conferencing_apps_oauth_url_response_dto", "GetConferencingAppsOauthUrlResponseDto"
)


def build_request(
    app: ConferencingRedirectApp | Literal["msteams", "zoom"],
    *,
    return_to: str,
    on_error_return_to: str,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    params: dict[str, Any] = {}
    params.update(query_params("returnTo", "return_to", return_to))
    params.update(query_params("onErrorReturnTo", "on_error_return_to", on_error_return_to))
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            app=path_segment("app", app),
        ),
        "params": params,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> GetConferencingAppsOauthUrlResponseDto:
    return decode_result(OPERATION, data, RESULT, enveloped=False)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/conferencing/{app}/oauth/auth-url", AUTH, API_VERSION, build_request, parse_result
)
