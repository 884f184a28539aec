# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._operation import Operation, decode_result
from cal_async._query_params import query_params

if TYPE_CHECKING:
    from ...models.strip_credentials_save_output_response_dto import StripCredentialsSaveOutputResponseDto

    pass

OPERATION: Final = "stripe.save"
METHOD: Final = "GET"
PATH: Final = "/v2/stripe/save"
AUTH: Final[tuple[str, ...]] = ()
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[StripCredentialsSaveOutputResponseDto]] = model(
    "strip_credentials_save_output_response_dto", "StripCredentialsSaveOutputResponseDto"
)


def build_request(
    *,
    state: str,
    code: str,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    params: dict[str, Any] = {}
    params.update(query_params("state", "state", state))
    params.update(query_params("code", "code", code))
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> StripCredentialsSaveOutputResponseDto:
    return decode_result(OPERATION, data, RESULT, enveloped=False)


ENDPOINT: Final = Operation(OPERATION, METHOD, "/v2/stripe/save", AUTH, API_VERSION, build_request, parse_result)
