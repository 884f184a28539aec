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
    from ...models.selected_calendar_output_dto import SelectedCalendarOutputDto
    from ...models.selected_calendars_input_dto import SelectedCalendarsInputDto, SelectedCalendarsInputDtoDict

    pass

OPERATION: Final = "selected_calendars.create"
METHOD: Final = "POST"
PATH: Final = "/v2/selected-calendars"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[SelectedCalendarOutputDto]] = model("selected_calendar_output_dto", "SelectedCalendarOutputDto")


def build_request(
    *,
    body: SelectedCalendarsInputDto | SelectedCalendarsInputDtoDict,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "headers": headers,
    }
    kwargs["json"] = to_json(body, what="body")
    return kwargs


def parse_result(data: Any) -> SelectedCalendarOutputDto:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(OPERATION, METHOD, "/v2/selected-calendars", AUTH, API_VERSION, build_request, parse_result)
