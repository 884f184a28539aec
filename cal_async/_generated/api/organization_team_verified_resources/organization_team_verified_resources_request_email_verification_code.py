# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._models import to_json
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

if TYPE_CHECKING:
    from ...models.request_email_verification_input import (
        RequestEmailVerificationInput,
        RequestEmailVerificationInputDict,
    )
    from ...models.request_email_verification_output import RequestEmailVerificationOutput

    pass

OPERATION: Final = "organization_team_verified_resources.request_email_verification_code"
METHOD: Final = "POST"
PATH: Final = "/v2/organizations/{org_id}/teams/{team_id}/verified-resources/emails/verification-code/request"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[RequestEmailVerificationOutput]] = model(
    "request_email_verification_output", "RequestEmailVerificationOutput"
)


def build_request(
    org_id: int,
    team_id: int,
    *,
    body: RequestEmailVerificationInput | RequestEmailVerificationInputDict,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            team_id=path_segment("team_id", team_id),
        ),
        "headers": headers,
    }
    kwargs["json"] = to_json(body, what="body")
    return kwargs


def parse_result(data: Any) -> RequestEmailVerificationOutput:
    return decode_result(OPERATION, data, RESULT, enveloped=False)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/teams/{teamId}/verified-resources/emails/verification-code/request",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
