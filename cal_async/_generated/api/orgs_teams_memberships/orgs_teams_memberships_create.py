# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._models import to_json
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

if TYPE_CHECKING:
    from ...models.create_org_team_membership_dto import CreateOrgTeamMembershipDto, CreateOrgTeamMembershipDtoDict
    from ...models.team_membership_output import TeamMembershipOutput

    pass

OPERATION: Final = "orgs.teams.memberships.create"
METHOD: Final = "POST"
PATH: Final = "/v2/organizations/{org_id}/teams/{team_id}/memberships"
AUTH: Final[tuple[str, ...]] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[TeamMembershipOutput]] = model("team_membership_output", "TeamMembershipOutput")


def build_request(
    org_id: int,
    team_id: int,
    *,
    body: CreateOrgTeamMembershipDto | CreateOrgTeamMembershipDtoDict,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            team_id=path_segment("team_id", team_id),
        ),
        "headers": headers,
    }
    kwargs["json"] = to_json(body, what="body")
    return kwargs


def parse_result(data: Any) -> TeamMembershipOutput:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/teams/{teamId}/memberships",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
