# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.create_booking_input import CreateBookingInput
from ...models.create_booking_output import CreateBookingOutput
from ...models.create_instant_booking_input import CreateInstantBookingInput
from ...models.create_recurring_booking_input import CreateRecurringBookingInput
from ...types import Unset

METHOD = "POST"
PATH = "/v2/bookings"
AUTH: tuple[str, ...] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: str | None = "2024-08-13"


def _get_kwargs(
    *,
    body: CreateBookingInput | CreateInstantBookingInput | CreateRecurringBookingInput | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["cal-api-version"] = API_VERSION

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "headers": headers,
    }
    if isinstance(body, Mapping):
        _kwargs["json"] = dict(body)
    elif not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()
    return _kwargs


def _parse_envelope(data: Any) -> CreateBookingOutput:
    response_201 = CreateBookingOutput.from_dict(data)

    return response_201


def _parse(
    data: Any,
) -> (
    BookingOutput | CreateSeatedBookingOutput | list[CreateRecurringSeatedBookingOutput] | list[RecurringBookingOutput]
):
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
