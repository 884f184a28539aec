# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._models import to_json
from cal_async._operation import Operation, decode_result

if TYPE_CHECKING:
    from ...models.reserve_slot_input import ReserveSlotInput, ReserveSlotInputDict
    from ...models.reserve_slot_output import ReserveSlotOutput

    pass

OPERATION: Final = "slots.reserve"
METHOD: Final = "POST"
PATH: Final = "/v2/slots/reservations"
AUTH: Final[tuple[str, ...]] = (
    "Authorization",
    "x-cal-client-id",
)
API_VERSION: Final[str | None] = "2024-09-04"
RESULT: Final[Decoder[ReserveSlotOutput]] = model("reserve_slot_output", "ReserveSlotOutput")


def build_request(
    *,
    body: ReserveSlotInput | ReserveSlotInputDict,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["cal-api-version"] = "2024-09-04"
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "headers": headers,
    }
    kwargs["json"] = to_json(body, what="body")
    return kwargs


def parse_result(data: Any) -> ReserveSlotOutput:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(OPERATION, METHOD, "/v2/slots/reservations", AUTH, API_VERSION, build_request, parse_result)
