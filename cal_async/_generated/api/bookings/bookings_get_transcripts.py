# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    STR,
    Decoder,
    list_of,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

if TYPE_CHECKING:
    pass

OPERATION: Final = "bookings.get_transcripts"
METHOD: Final = "GET"
PATH: Final = "/v2/bookings/{booking_uid}/transcripts"
AUTH: Final[tuple[str, ...]] = ()
API_VERSION: Final[str | None] = "2024-08-13"
RESULT: Final[Decoder[list[str]]] = list_of(STR)


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


def parse_result(data: Any) -> list[str]:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/bookings/{bookingUid}/transcripts", AUTH, API_VERSION, build_request, parse_result
)
