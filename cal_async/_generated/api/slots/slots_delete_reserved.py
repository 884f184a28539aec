# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

if TYPE_CHECKING:
    from ...models.slots_delete_reserved_response_200 import SlotsDeleteReservedResponse200

    pass

OPERATION: Final = "slots.delete_reserved"
METHOD: Final = "DELETE"
PATH: Final = "/v2/slots/reservations/{uid}"
AUTH: Final[tuple[str, ...]] = ()
API_VERSION: Final[str | None] = "2024-09-04"
RESULT: Final[Decoder[SlotsDeleteReservedResponse200]] = model(
    "slots_delete_reserved_response_200", "SlotsDeleteReservedResponse200"
)


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


def parse_result(data: Any) -> SlotsDeleteReservedResponse200:
    return decode_result(OPERATION, data, RESULT, enveloped=False)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/slots/reservations/{uid}", AUTH, API_VERSION, build_request, parse_result
)
