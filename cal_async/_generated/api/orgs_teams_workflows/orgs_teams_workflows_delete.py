# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    ANY,
    Decoder,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

if TYPE_CHECKING:
    pass

OPERATION: Final = "orgs.teams.workflows.delete"
METHOD: Final = "DELETE"
PATH: Final = "/v2/organizations/{org_id}/teams/{team_id}/workflows/{workflow_id}"
AUTH: Final[tuple[str, ...]] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[Any]] = ANY


def build_request(
    org_id: int,
    team_id: int,
    workflow_id: int,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            team_id=path_segment("team_id", team_id),
            workflow_id=path_segment("workflow_id", workflow_id),
        ),
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> Any:
    return decode_result(OPERATION, data, RESULT, enveloped=False)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/teams/{teamId}/workflows/{workflowId}",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
