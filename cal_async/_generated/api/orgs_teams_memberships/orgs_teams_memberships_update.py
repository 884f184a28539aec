# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.org_team_membership_output_response_dto import OrgTeamMembershipOutputResponseDto
from ...models.update_org_team_membership_dto import UpdateOrgTeamMembershipDto
from ...types import Unset

METHOD = "PATCH"
PATH = "/v2/organizations/{org_id}/teams/{team_id}/memberships/{membership_id}"
AUTH: tuple[str, ...] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: str | None = None


def _get_kwargs(
    org_id: int,
    team_id: int,
    membership_id: int,
    *,
    body: UpdateOrgTeamMembershipDto | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            team_id=path_segment("team_id", team_id),
            membership_id=path_segment("membership_id", membership_id),
        ),
        "headers": headers,
    }
    if isinstance(body, Mapping):
        _kwargs["json"] = dict(body)
    elif not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()
    return _kwargs


def _parse_envelope(data: Any) -> OrgTeamMembershipOutputResponseDto:
    response_200 = OrgTeamMembershipOutputResponseDto.from_dict(data)

    return response_200


def _parse(data: Any) -> TeamMembershipOutput:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
