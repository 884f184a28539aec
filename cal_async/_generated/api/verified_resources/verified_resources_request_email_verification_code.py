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
    from ...models.request_email_verification_input import (
        RequestEmailVerificationInput,
        RequestEmailVerificationInputDict,
    )
    from ...models.request_email_verification_output import RequestEmailVerificationOutput

    pass

OPERATION: Final = "verified_resources.request_email_verification_code"
METHOD: Final = "POST"
PATH: Final = "/v2/verified-resources/emails/verification-code/request"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[RequestEmailVerificationOutput]] = model(
    "request_email_verification_output", "RequestEmailVerificationOutput"
)


def build_request(
    *,
    body: RequestEmailVerificationInput | RequestEmailVerificationInputDict,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "headers": headers,
    }
    kwargs["json"] = to_json(body, what="body")
    return kwargs


def parse_result(data: Any) -> RequestEmailVerificationOutput:
    return decode_result(OPERATION, data, RESULT, enveloped=False)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/verified-resources/emails/verification-code/request",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
