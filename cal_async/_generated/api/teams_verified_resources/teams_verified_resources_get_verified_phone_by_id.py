# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.team_verified_phone_output import TeamVerifiedPhoneOutput

METHOD = "GET"
PATH = "/v2/teams/{team_id}/verified-resources/phones/{id}"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    team_id: int,
    id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            team_id=path_segment("team_id", team_id),
            id=path_segment("id", id),
        ),
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> TeamVerifiedPhoneOutput:
    response_200 = TeamVerifiedPhoneOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> ScheduleOutput:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
