# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    list_of,
    model,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

if TYPE_CHECKING:
    from ...models.calendar_link import CalendarLink

    pass

OPERATION: Final = "bookings.get_calendar_links"
METHOD: Final = "GET"
PATH: Final = "/v2/bookings/{booking_uid}/calendar-links"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = "2024-08-13"
RESULT: Final[Decoder[list[CalendarLink]]] = list_of(model("calendar_link", "CalendarLink"))


def build_request(
    booking_uid: str,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["cal-api-version"] = "2024-08-13"
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            booking_uid=path_segment("booking_uid", booking_uid),
        ),
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> list[CalendarLink]:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/bookings/{bookingUid}/calendar-links", AUTH, API_VERSION, build_request, parse_result
)
