# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
    one_of,
)
from cal_async._models import to_json
from cal_async._operation import Operation, decode_result

if TYPE_CHECKING:
    from ...models.create_team_input import CreateTeamInput, CreateTeamInputDict
    from ...models.create_team_output_data import CreateTeamOutputData
    from ...models.team_output_dto import TeamOutputDto

    pass

OPERATION: Final = "teams.create"
METHOD: Final = "POST"
PATH: Final = "/v2/teams"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[CreateTeamOutputData | TeamOutputDto]] = one_of(
    model("create_team_output_data", "CreateTeamOutputData"), model("team_output_dto", "TeamOutputDto")
)


def build_request(
    *,
    body: CreateTeamInput | CreateTeamInputDict,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "headers": headers,
    }
    kwargs["json"] = to_json(body, what="body")
    return kwargs


def parse_result(data: Any) -> CreateTeamOutputData | TeamOutputDto:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(OPERATION, METHOD, "/v2/teams", AUTH, API_VERSION, build_request, parse_result)
