# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

if TYPE_CHECKING:
    from ...models.team_event_type_output import TeamEventTypeOutput

    pass

OPERATION: Final = "teams.event_types.get"
METHOD: Final = "GET"
PATH: Final = "/v2/teams/{team_id}/event-types/{event_type_id}"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[TeamEventTypeOutput]] = model("team_event_type_output", "TeamEventTypeOutput")


def build_request(
    team_id: int,
    event_type_id: int,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            team_id=path_segment("team_id", team_id),
            event_type_id=path_segment("event_type_id", event_type_id),
        ),
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> TeamEventTypeOutput:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/teams/{teamId}/event-types/{eventTypeId}", AUTH, API_VERSION, build_request, parse_result
)
