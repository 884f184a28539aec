# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.org_me_teams_output_response_dto import OrgMeTeamsOutputResponseDto

METHOD = "GET"
PATH = "/v2/organizations/{org_id}/teams/me"
AUTH: tuple[str, ...] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: str | None = None


def _get_kwargs(
    org_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
        ),
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> OrgMeTeamsOutputResponseDto:
    response_200 = OrgMeTeamsOutputResponseDto.from_dict(data)

    return response_200


def _parse(data: Any) -> list[OrgTeamOutputDto]:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
