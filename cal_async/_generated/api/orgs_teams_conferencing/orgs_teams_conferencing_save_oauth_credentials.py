# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    ANY,
    Decoder,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment
from cal_async._query_params import query_params

if TYPE_CHECKING:
    pass

OPERATION: Final = "orgs.teams.conferencing.save_oauth_credentials"
METHOD: Final = "GET"
PATH: Final = "/v2/organizations/{org_id}/teams/{team_id}/conferencing/{app}/oauth/callback"
AUTH: Final[tuple[str, ...]] = ()
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[Any]] = ANY


def build_request(
    org_id: int,
    team_id: int,
    app: str,
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
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            team_id=path_segment("team_id", team_id),
            app=path_segment("app", app),
        ),
        "params": params,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> Any:
    return decode_result(OPERATION, data, RESULT, enveloped=False)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/teams/{teamId}/conferencing/{app}/oauth/callback",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
