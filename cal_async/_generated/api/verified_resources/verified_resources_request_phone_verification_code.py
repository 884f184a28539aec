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
    from ...models.request_phone_verification_input import (
        RequestPhoneVerificationInput,
        RequestPhoneVerificationInputDict,
    )
    from ...models.request_phone_verification_output import RequestPhoneVerificationOutput

    pass

OPERATION: Final = "verified_resources.request_phone_verification_code"
METHOD: Final = "POST"
PATH: Final = "/v2/verified-resources/phones/verification-code/request"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[RequestPhoneVerificationOutput]] = model(
    "request_phone_verification_output", "RequestPhoneVerificationOutput"
)


def build_request(
    *,
    body: RequestPhoneVerificationInput | RequestPhoneVerificationInputDict,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "headers": headers,
    }
    kwargs["json"] = to_json(body, what="body")
    return kwargs


def parse_result(data: Any) -> RequestPhoneVerificationOutput:
    return decode_result(OPERATION, data, RESULT, enveloped=False)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/verified-resources/phones/verification-code/request",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
