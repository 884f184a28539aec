# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
    nullable,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

if TYPE_CHECKING:
    from ...models.reserved_slot_output import ReservedSlotOutput

    pass

OPERATION: Final = "slots.get_reserved"
METHOD: Final = "GET"
PATH: Final = "/v2/slots/reservations/{uid}"
AUTH: Final[tuple[str, ...]] = ()
API_VERSION: Final[str | None] = "2024-09-04"
RESULT: Final[Decoder[ReservedSlotOutput | None]] = nullable(model("reserved_slot_output", "ReservedSlotOutput"))


def build_request(
    uid: str,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["cal-api-version"] = "2024-09-04"
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            uid=path_segment("uid", uid),
        ),
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> ReservedSlotOutput | None:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/slots/reservations/{uid}", AUTH, API_VERSION, build_request, parse_result
)
