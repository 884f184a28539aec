# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

from ...models.calendars_check_calendar import CalendarsCheckCalendar

if TYPE_CHECKING:
    from ...models.calendars_check_response_200 import CalendarsCheckResponse200

    pass

OPERATION: Final = "calendars.check"
METHOD: Final = "GET"
PATH: Final = "/v2/calendars/{calendar}/check"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[CalendarsCheckResponse200]] = model("calendars_check_response_200", "CalendarsCheckResponse200")


def build_request(
    calendar: CalendarsCheckCalendar | Literal["apple", "google", "office365"],
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            calendar=path_segment("calendar", calendar),
        ),
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> CalendarsCheckResponse200:
    return decode_result(OPERATION, data, RESULT, enveloped=False)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/calendars/{calendar}/check", AUTH, API_VERSION, build_request, parse_result
)
