# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment
from cal_async._query_params import query_params
from cal_async._sentinel import UNSET, Unset

from ...models.calendars_redirect_calendar import CalendarsRedirectCalendar

if TYPE_CHECKING:
    from ...models.calendars_redirect_response_200 import CalendarsRedirectResponse200

    pass

OPERATION: Final = "calendars.redirect"
METHOD: Final = "GET"
PATH: Final = "/v2/calendars/{calendar}/connect"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[CalendarsRedirectResponse200]] = model(
    "calendars_redirect_response_200", "CalendarsRedirectResponse200"
)


def build_request(
    calendar: CalendarsRedirectCalendar | Literal["google", "office365"],
    *,
    is_dry_run: bool,
    redir: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    params: dict[str, Any] = {}
    params.update(query_params("isDryRun", "is_dry_run", is_dry_run))
    if not isinstance(redir, Unset):
        params.update(query_params("redir", "redir", redir))
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            calendar=path_segment("calendar", calendar),
        ),
        "params": params,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> CalendarsRedirectResponse200:
    return decode_result(OPERATION, data, RESULT, enveloped=False)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/calendars/{calendar}/connect", AUTH, API_VERSION, build_request, parse_result
)
