# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal

from cal_async._fields import (
    ANY,
    Decoder,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment
from cal_async._query_params import query_params

from ...models.calendars_save_calendar import CalendarsSaveCalendar

if TYPE_CHECKING:
    pass

OPERATION: Final = "calendars.save"
METHOD: Final = "GET"
PATH: Final = "/v2/calendars/{calendar}/save"
AUTH: Final[tuple[str, ...]] = ()
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[Any]] = ANY


def build_request(
    calendar: CalendarsSaveCalendar | Literal["google", "office365"],
    *,
    state: str,
    code: str,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    params: dict[str, Any] = {}
    params.update(query_params("state", "state", state))
    params.update(query_params("code", "code", code))
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            calendar=path_segment("calendar", calendar),
        ),
        "params": params,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> Any:
    return decode_result(OPERATION, data, RESULT, enveloped=False)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/calendars/{calendar}/save", AUTH, API_VERSION, build_request, parse_result
)
