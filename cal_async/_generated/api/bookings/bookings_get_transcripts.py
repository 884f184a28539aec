# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.get_booking_transcripts_output import GetBookingTranscriptsOutput

METHOD = "GET"
PATH = "/v2/bookings/{booking_uid}/transcripts"
AUTH: tuple[str, ...] = ()
API_VERSION: str | None = "2024-08-13"


def _get_kwargs(
    booking_uid: str,
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
    return _kwargs


def _parse_envelope(data: Any) -> GetBookingTranscriptsOutput:
    response_200 = GetBookingTranscriptsOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> list[str]:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
