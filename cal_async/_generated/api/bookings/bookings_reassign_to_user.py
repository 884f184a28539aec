# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    ANY,
    Decoder,
)
from cal_async._models import to_json
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

if TYPE_CHECKING:
    from ...models.reassign_to_user_booking_input import ReassignToUserBookingInput, ReassignToUserBookingInputDict

    pass

OPERATION: Final = "bookings.reassign_to_user"
METHOD: Final = "POST"
PATH: Final = "/v2/bookings/{booking_uid}/reassign/{user_id}"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = "2024-08-13"
RESULT: Final[Decoder[Any]] = ANY


def build_request(
    booking_uid: str,
    user_id: int,
    *,
    body: ReassignToUserBookingInput | ReassignToUserBookingInputDict,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["cal-api-version"] = "2024-08-13"
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            booking_uid=path_segment("booking_uid", booking_uid),
            user_id=path_segment("user_id", user_id),
        ),
        "headers": headers,
    }
    kwargs["json"] = to_json(body, what="body")
    return kwargs


def parse_result(data: Any) -> Any:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/bookings/{bookingUid}/reassign/{userId}", AUTH, API_VERSION, build_request, parse_result
)
