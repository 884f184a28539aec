# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    list_of,
    model,
    one_of,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

if TYPE_CHECKING:
    from ...models.booking_output import BookingOutput
    from ...models.get_recurring_seated_booking_output import GetRecurringSeatedBookingOutput
    from ...models.get_seated_booking_output import GetSeatedBookingOutput
    from ...models.recurring_booking_output import RecurringBookingOutput

    pass

OPERATION: Final = "bookings.get"
METHOD: Final = "GET"
PATH: Final = "/v2/bookings/{booking_uid}"
AUTH: Final[tuple[str, ...]] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: Final[str | None] = "2024-08-13"
RESULT: Final[
    Decoder[
        BookingOutput
        | RecurringBookingOutput
        | list[RecurringBookingOutput]
        | GetSeatedBookingOutput
        | GetRecurringSeatedBookingOutput
        | list[GetRecurringSeatedBookingOutput]
    ]
] = one_of(
    model("booking_output", "BookingOutput"),
    model("recurring_booking_output", "RecurringBookingOutput"),
    list_of(model("recurring_booking_output", "RecurringBookingOutput")),
    model("get_seated_booking_output", "GetSeatedBookingOutput"),
    model("get_recurring_seated_booking_output", "GetRecurringSeatedBookingOutput"),
    list_of(model("get_recurring_seated_booking_output", "GetRecurringSeatedBookingOutput")),
)


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


def parse_result(
    data: Any,
) -> (
    BookingOutput
    | RecurringBookingOutput
    | list[RecurringBookingOutput]
    | GetSeatedBookingOutput
    | GetRecurringSeatedBookingOutput
    | list[GetRecurringSeatedBookingOutput]
):
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/bookings/{bookingUid}", AUTH, API_VERSION, build_request, parse_result
)
