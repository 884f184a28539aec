# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._operation import Operation, decode_result

if TYPE_CHECKING:
    from ...models.calendars_check_ics_feed_response_200 import CalendarsCheckIcsFeedResponse200

    pass

OPERATION: Final = "calendars.check_ics_feed"
METHOD: Final = "GET"
PATH: Final = "/v2/calendars/ics-feed/check"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[CalendarsCheckIcsFeedResponse200]] = model(
    "calendars_check_ics_feed_response_200", "CalendarsCheckIcsFeedResponse200"
)


def build_request() -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> CalendarsCheckIcsFeedResponse200:
    return decode_result(OPERATION, data, RESULT, enveloped=False)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/calendars/ics-feed/check", AUTH, API_VERSION, build_request, parse_result
)
