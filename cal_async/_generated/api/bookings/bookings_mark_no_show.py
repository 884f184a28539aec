# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.mark_absent_booking_input import MarkAbsentBookingInput
from ...models.mark_absent_booking_output import MarkAbsentBookingOutput
from ...types import Unset

METHOD = "POST"
PATH = "/v2/bookings/{booking_uid}/mark-absent"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = "2024-08-13"


def _get_kwargs(
    booking_uid: str,
    *,
    body: MarkAbsentBookingInput | Mapping[str, Any],
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


def _parse_envelope(data: Any) -> MarkAbsentBookingOutput:
    response_200 = MarkAbsentBookingOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> BookingOutput | RecurringBookingOutput:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
