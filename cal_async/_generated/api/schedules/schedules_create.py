# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._models import to_json
from cal_async._operation import Operation, decode_result

if TYPE_CHECKING:
    from ...models.create_schedule_input import CreateScheduleInput, CreateScheduleInputDict
    from ...models.schedule_output import ScheduleOutput

    pass

OPERATION: Final = "schedules.create"
METHOD: Final = "POST"
PATH: Final = "/v2/schedules"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = "2024-06-11"
RESULT: Final[Decoder[ScheduleOutput]] = model("schedule_output", "ScheduleOutput")


def build_request(
    *,
    body: CreateScheduleInput | CreateScheduleInputDict,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["cal-api-version"] = "2024-06-11"
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "headers": headers,
    }
    kwargs["json"] = to_json(body, what="body")
    return kwargs


def parse_result(data: Any) -> ScheduleOutput:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(OPERATION, METHOD, "/v2/schedules", AUTH, API_VERSION, build_request, parse_result)
