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
    from ...models.strip_credentials_check_output_response_dto import StripCredentialsCheckOutputResponseDto

    pass

OPERATION: Final = "orgs.teams.stripe.check_connection"
METHOD: Final = "GET"
PATH: Final = "/v2/organizations/{org_id}/teams/{team_id}/stripe/check"
AUTH: Final[tuple[str, ...]] = ()
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[StripCredentialsCheckOutputResponseDto]] = model(
    "strip_credentials_check_output_response_dto", "StripCredentialsCheckOutputResponseDto"
)


def build_request(
    org_id: int,
    team_id: int,
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
    return kwargs


def parse_result(data: Any) -> StripCredentialsCheckOutputResponseDto:
    return decode_result(OPERATION, data, RESULT, enveloped=False)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/teams/{teamId}/stripe/check",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
