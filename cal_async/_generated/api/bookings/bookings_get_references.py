# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.booking_references_output import BookingReferencesOutput
from ...models.bookings_get_references_type import BookingsGetReferencesType
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/v2/bookings/{booking_uid}/references"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = "2024-08-13"


def _get_kwargs(
    booking_uid: str,
    *,
    type_: BookingsGetReferencesType | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["cal-api-version"] = API_VERSION

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = BookingsGetReferencesType(type_).value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            booking_uid=path_segment("booking_uid", booking_uid),
        ),
        "params": params,
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> BookingReferencesOutput:
    response_200 = BookingReferencesOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> list[BookingReference]:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
