# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    list_of,
    model,
    one_of,
)
from cal_async._models import to_json
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

if TYPE_CHECKING:
    from ...models.create_team_event_type_input import CreateTeamEventTypeInput, CreateTeamEventTypeInputDict
    from ...models.team_event_type_output import TeamEventTypeOutput

    pass

OPERATION: Final = "orgs.teams.event_types.create"
METHOD: Final = "POST"
PATH: Final = "/v2/organizations/{org_id}/teams/{team_id}/event-types"
AUTH: Final[tuple[str, ...]] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[TeamEventTypeOutput | list[TeamEventTypeOutput]]] = one_of(
    model("team_event_type_output", "TeamEventTypeOutput"),
    list_of(model("team_event_type_output", "TeamEventTypeOutput")),
)


def build_request(
    org_id: int,
    team_id: int,
    *,
    body: CreateTeamEventTypeInput | CreateTeamEventTypeInputDict,
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


def parse_result(data: Any) -> TeamEventTypeOutput | list[TeamEventTypeOutput]:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/teams/{teamId}/event-types",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
