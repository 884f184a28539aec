# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    STR,
    Decoder,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

if TYPE_CHECKING:
    pass

OPERATION: Final = "event_types.webhooks.delete_all"
METHOD: Final = "DELETE"
PATH: Final = "/v2/event-types/{event_type_id}/webhooks"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[str]] = STR


def build_request(
    event_type_id: int,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            event_type_id=path_segment("event_type_id", event_type_id),
        ),
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> str:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/event-types/{eventTypeId}/webhooks", AUTH, API_VERSION, build_request, parse_result
)
