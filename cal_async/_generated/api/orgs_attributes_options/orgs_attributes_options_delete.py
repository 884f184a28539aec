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
    from ...models.option_output import OptionOutput

    pass

OPERATION: Final = "orgs.attributes.options.delete"
METHOD: Final = "DELETE"
PATH: Final = "/v2/organizations/{org_id}/attributes/{attribute_id}/options/{option_id}"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[OptionOutput]] = model("option_output", "OptionOutput")


def build_request(
    org_id: int,
    attribute_id: str,
    option_id: str,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            attribute_id=path_segment("attribute_id", attribute_id),
            option_id=path_segment("option_id", option_id),
        ),
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> OptionOutput:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/attributes/{attributeId}/options/{optionId}",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
