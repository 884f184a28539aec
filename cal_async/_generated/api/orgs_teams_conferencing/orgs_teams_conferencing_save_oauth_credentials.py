# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...types import UNSET

METHOD = "GET"
PATH = "/v2/organizations/{org_id}/teams/{team_id}/conferencing/{app}/oauth/callback"
AUTH: tuple[str, ...] = ()
API_VERSION: str | None = None


def _get_kwargs(
    org_id: int,
    team_id: int,
    app: str,
    *,
    state: str,
    code: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["state"] = state

    params["code"] = code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            team_id=path_segment("team_id", team_id),
            app=path_segment("app", app),
        ),
        "params": params,
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> Any:
    return cast(Any, data)


def _parse(data: Any) -> Any:
    return _parse_envelope(data)
