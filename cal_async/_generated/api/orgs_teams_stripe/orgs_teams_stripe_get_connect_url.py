# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.strip_connect_output_response_dto import StripConnectOutputResponseDto
from ...types import UNSET

METHOD = "GET"
PATH = "/v2/organizations/{org_id}/teams/{team_id}/stripe/connect"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    org_id: str,
    team_id: str,
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
            org_id=path_segment("org_id", org_id),
            team_id=path_segment("team_id", team_id),
        ),
        "params": params,
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> StripConnectOutputResponseDto:
    response_200 = StripConnectOutputResponseDto.from_dict(data)

    return response_200


def _parse(data: Any) -> StripConnectOutputDto:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
