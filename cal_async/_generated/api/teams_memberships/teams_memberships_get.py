# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any
from urllib.parse import quote

from cal_async._models import as_json  # noqa: F401

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
            team_id=quote(str(team_id), safe=""),
            membership_id=quote(str(membership_id), safe=""),
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
