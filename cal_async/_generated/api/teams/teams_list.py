# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    list_of,
    model,
)
from cal_async._operation import PagedOperation, decode_page, decode_result

if TYPE_CHECKING:
    from ...models.team_output_dto import TeamOutputDto

    pass

OPERATION: Final = "teams.list"
METHOD: Final = "GET"
PATH: Final = "/v2/teams"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[list[TeamOutputDto]]] = list_of(model("team_output_dto", "TeamOutputDto"))
ITEM: Final[Decoder[TeamOutputDto]] = model("team_output_dto", "TeamOutputDto")


def build_request() -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> list[TeamOutputDto]:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


def parse_page(data: Any) -> tuple[list[TeamOutputDto], Mapping[str, Any] | None]:
    """One page: its items and the server's ``pagination`` object, if it sent one."""
    return decode_page(OPERATION, data, ITEM, single=False)


ENDPOINT: Final = PagedOperation(
    OPERATION,
    METHOD,
    "/v2/teams",
    AUTH,
    API_VERSION,
    build_request,
    parse_page,
    offset=None,
    limit=None,
    default_limit=None,
)
