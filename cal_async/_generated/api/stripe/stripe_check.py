# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._operation import Operation, decode_result

if TYPE_CHECKING:
    from ...models.strip_credentials_check_output_response_dto import StripCredentialsCheckOutputResponseDto

    pass

OPERATION: Final = "stripe.check"
METHOD: Final = "GET"
PATH: Final = "/v2/stripe/check"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[StripCredentialsCheckOutputResponseDto]] = model(
    "strip_credentials_check_output_response_dto", "StripCredentialsCheckOutputResponseDto"
)


def build_request() -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> StripCredentialsCheckOutputResponseDto:
    return decode_result(OPERATION, data, RESULT, enveloped=False)


ENDPOINT: Final = Operation(OPERATION, METHOD, "/v2/stripe/check", AUTH, API_VERSION, build_request, parse_result)
