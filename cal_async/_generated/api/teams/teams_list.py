# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    list_of,
    model,
)
from cal_async._operation import decode_result

if TYPE_CHECKING:
    from ...models.team_output_dto import TeamOutputDto

    pass

OPERATION: Final = "teams.list"
METHOD: Final = "GET"
PATH: Final = "/v2/teams"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[list[TeamOutputDto]]] = list_of(model("team_output_dto", "TeamOutputDto"))


def build_request() -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> list[TeamOutputDto]:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)
