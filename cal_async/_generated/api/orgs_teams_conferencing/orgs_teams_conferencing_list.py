# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.conferencing_apps_output_response_dto import ConferencingAppsOutputResponseDto

METHOD = "GET"
PATH = "/v2/organizations/{org_id}/teams/{team_id}/conferencing"
AUTH: tuple[str, ...] = ()
API_VERSION: str | None = None


def _get_kwargs(
    org_id: int,
    team_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            team_id=path_segment("team_id", team_id),
        ),
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> ConferencingAppsOutputResponseDto:
    response_200 = ConferencingAppsOutputResponseDto.from_dict(data)

    return response_200


def _parse(data: Any) -> list[ConferencingAppsOutputDto]:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
