# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.conferencing_redirect_app import ConferencingRedirectApp
from ...models.get_conferencing_apps_oauth_url_response_dto import GetConferencingAppsOauthUrlResponseDto
from ...types import UNSET

METHOD = "GET"
PATH = "/v2/conferencing/{app}/oauth/auth-url"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    app: ConferencingRedirectApp,
    *,
    return_to: str,
    on_error_return_to: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["returnTo"] = return_to

    params["onErrorReturnTo"] = on_error_return_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            app=path_segment("app", app),
        ),
        "params": params,
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> GetConferencingAppsOauthUrlResponseDto:
    response_200 = GetConferencingAppsOauthUrlResponseDto.from_dict(data)

    return response_200


def _parse(data: Any) -> GetConferencingAppsOauthUrlResponseDto:
    return _parse_envelope(data)
