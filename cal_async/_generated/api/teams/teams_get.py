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
    from ...models.team_output_dto import TeamOutputDto

    pass

OPERATION: Final = "teams.get"
METHOD: Final = "GET"
PATH: Final = "/v2/teams/{team_id}"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[TeamOutputDto]] = model("team_output_dto", "TeamOutputDto")


def build_request(
    team_id: int,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            team_id=path_segment("team_id", team_id),
        ),
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> TeamOutputDto:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(OPERATION, METHOD, "/v2/teams/{teamId}", AUTH, API_VERSION, build_request, parse_result)
