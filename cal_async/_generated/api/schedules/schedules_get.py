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
    from ...models.schedule_output import ScheduleOutput

    pass

OPERATION: Final = "schedules.get"
METHOD: Final = "GET"
PATH: Final = "/v2/schedules/{schedule_id}"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = "2024-06-11"
RESULT: Final[Decoder[ScheduleOutput]] = model("schedule_output", "ScheduleOutput")


def build_request(
    schedule_id: int,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["cal-api-version"] = "2024-06-11"
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            schedule_id=path_segment("schedule_id", schedule_id),
        ),
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> ScheduleOutput:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/schedules/{scheduleId}", AUTH, API_VERSION, build_request, parse_result
)
