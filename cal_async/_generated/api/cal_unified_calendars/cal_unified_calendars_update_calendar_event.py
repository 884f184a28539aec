# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._models import to_json
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

from ...models.cal_unified_calendars_update_calendar_event_calendar import (
    CalUnifiedCalendarsUpdateCalendarEventCalendar,
)

if TYPE_CHECKING:
    from ...models.unified_calendar_event_output import UnifiedCalendarEventOutput
    from ...models.update_unified_calendar_event_input import (
        UpdateUnifiedCalendarEventInput,
        UpdateUnifiedCalendarEventInputDict,
    )

    pass

OPERATION: Final = "cal_unified_calendars.update_calendar_event"
METHOD: Final = "PATCH"
PATH: Final = "/v2/calendars/{calendar}/events/{event_uid}"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[UnifiedCalendarEventOutput]] = model(
    "unified_calendar_event_output", "UnifiedCalendarEventOutput"
)


def build_request(
    calendar: CalUnifiedCalendarsUpdateCalendarEventCalendar | Literal["google"],
    event_uid: str,
    *,
    body: UpdateUnifiedCalendarEventInput | UpdateUnifiedCalendarEventInputDict,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            calendar=path_segment("calendar", calendar),
            event_uid=path_segment("event_uid", event_uid),
        ),
        "headers": headers,
    }
    kwargs["json"] = to_json(body, what="body")
    return kwargs


def parse_result(data: Any) -> UnifiedCalendarEventOutput:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/calendars/{calendar}/events/{eventUid}", AUTH, API_VERSION, build_request, parse_result
)
