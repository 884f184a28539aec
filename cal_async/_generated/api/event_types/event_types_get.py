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
    from ...models.event_type_output import EventTypeOutput

    pass

OPERATION: Final = "event_types.get"
METHOD: Final = "GET"
PATH: Final = "/v2/event-types/{event_type_id}"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = "2024-06-14"
RESULT: Final[Decoder[EventTypeOutput]] = model("event_type_output", "EventTypeOutput")


def build_request(
    event_type_id: int,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["cal-api-version"] = "2024-06-14"
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            event_type_id=path_segment("event_type_id", event_type_id),
        ),
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> EventTypeOutput:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/event-types/{eventTypeId}", AUTH, API_VERSION, build_request, parse_result
)
