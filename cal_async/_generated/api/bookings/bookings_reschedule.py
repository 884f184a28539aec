# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.reschedule_booking_input import RescheduleBookingInput
from ...models.reschedule_booking_output import RescheduleBookingOutput
from ...models.reschedule_seated_booking_input import RescheduleSeatedBookingInput
from ...types import Unset

METHOD = "POST"
PATH = "/v2/bookings/{booking_uid}/reschedule"
AUTH: tuple[str, ...] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: str | None = "2024-08-13"


def _get_kwargs(
    booking_uid: str,
    *,
    body: RescheduleBookingInput | RescheduleSeatedBookingInput | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["cal-api-version"] = API_VERSION

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            booking_uid=path_segment("booking_uid", booking_uid),
        ),
        "headers": headers,
    }
    if isinstance(body, Mapping):
        _kwargs["json"] = dict(body)
    elif not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()
    return _kwargs


def _parse_envelope(data: Any) -> RescheduleBookingOutput:
    response_201 = RescheduleBookingOutput.from_dict(data)

    return response_201


def _parse(
    data: Any,
) -> BookingOutput | CreateRecurringSeatedBookingOutput | CreateSeatedBookingOutput | RecurringBookingOutput:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
