# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    list_of,
    model,
    one_of,
)
from cal_async._models import to_json
from cal_async._operation import Operation, decode_result

if TYPE_CHECKING:
    from ...models.booking_output import BookingOutput
    from ...models.create_booking_input import CreateBookingInput, CreateBookingInputDict
    from ...models.create_instant_booking_input import CreateInstantBookingInput, CreateInstantBookingInputDict
    from ...models.create_recurring_booking_input import CreateRecurringBookingInput, CreateRecurringBookingInputDict
    from ...models.create_recurring_seated_booking_output import CreateRecurringSeatedBookingOutput
    from ...models.create_seated_booking_output import CreateSeatedBookingOutput
    from ...models.recurring_booking_output import RecurringBookingOutput

    pass

OPERATION: Final = "bookings.create"
METHOD: Final = "POST"
PATH: Final = "/v2/bookings"
AUTH: Final[tuple[str, ...]] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: Final[str | None] = "2024-08-13"
RESULT: Final[
    Decoder[
        BookingOutput
        | list[RecurringBookingOutput]
        | CreateSeatedBookingOutput
        | list[CreateRecurringSeatedBookingOutput]
    ]
] = one_of(
    model("booking_output", "BookingOutput"),
    list_of(model("recurring_booking_output", "RecurringBookingOutput")),
    model("create_seated_booking_output", "CreateSeatedBookingOutput"),
    list_of(model("create_recurring_seated_booking_output", "CreateRecurringSeatedBookingOutput")),
)


def build_request(
    *,
    body: CreateBookingInput
    | CreateBookingInputDict
    | CreateInstantBookingInput
    | CreateInstantBookingInputDict
    | CreateRecurringBookingInput
    | CreateRecurringBookingInputDict,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["cal-api-version"] = "2024-08-13"
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "headers": headers,
    }
    kwargs["json"] = to_json(body, what="body")
    return kwargs


def parse_result(
    data: Any,
) -> (
    BookingOutput | list[RecurringBookingOutput] | CreateSeatedBookingOutput | list[CreateRecurringSeatedBookingOutput]
):
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(OPERATION, METHOD, "/v2/bookings", AUTH, API_VERSION, build_request, parse_result)
