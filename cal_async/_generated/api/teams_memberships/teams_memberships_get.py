# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.get_team_membership_output import GetTeamMembershipOutput

METHOD = "GET"
PATH = "/v2/teams/{team_id}/memberships/{membership_id}"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    team_id: int,
    membership_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            team_id=path_segment("team_id", team_id),
            membership_id=path_segment("membership_id", membership_id),
        ),
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> GetTeamMembershipOutput:
    response_200 = GetTeamMembershipOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> TeamMembershipOutput:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
