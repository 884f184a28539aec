# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    list_of,
    model,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

if TYPE_CHECKING:
    from ...models.get_option_user_output_data import GetOptionUserOutputData

    pass

OPERATION: Final = "orgs.attributes.options.get"
METHOD: Final = "GET"
PATH: Final = "/v2/organizations/{org_id}/attributes/options/{user_id}"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[list[GetOptionUserOutputData]]] = list_of(
    model("get_option_user_output_data", "GetOptionUserOutputData")
)


def build_request(
    org_id: int,
    user_id: int,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            user_id=path_segment("user_id", user_id),
        ),
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> list[GetOptionUserOutputData]:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/attributes/options/{userId}",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
