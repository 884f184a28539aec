# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    list_of,
    model,
)
from cal_async._operation import Operation, decode_result
from cal_async._query_params import query_params
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from ...models.busy_times_output import BusyTimesOutput
    from ...models.calendar_to_load import CalendarToLoad, CalendarToLoadDict

    pass

OPERATION: Final = "calendars.get_busy_times"
METHOD: Final = "GET"
PATH: Final = "/v2/calendars/busy-times"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[list[BusyTimesOutput]]] = list_of(model("busy_times_output", "BusyTimesOutput"))


def build_request(
    *,
    logged_in_users_tz: str,
    calendars_to_load: Sequence[CalendarToLoad | CalendarToLoadDict],
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    params: dict[str, Any] = {}
    params.update(query_params("loggedInUsersTz", "logged_in_users_tz", logged_in_users_tz))
    if not isinstance(date_from, Unset):
        params.update(query_params("dateFrom", "date_from", date_from))
    if not isinstance(date_to, Unset):
        params.update(query_params("dateTo", "date_to", date_to))
    params.update(query_params("calendarsToLoad", "calendars_to_load", calendars_to_load))
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> list[BusyTimesOutput]:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/calendars/busy-times", AUTH, API_VERSION, build_request, parse_result
)
