# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
    nullable,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

if TYPE_CHECKING:
    from ...models.default_conferencing_apps_output_dto import DefaultConferencingAppsOutputDto

    pass

OPERATION: Final = "orgs.teams.conferencing.get_default_app"
METHOD: Final = "GET"
PATH: Final = "/v2/organizations/{org_id}/teams/{team_id}/conferencing/default"
AUTH: Final[tuple[str, ...]] = ()
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[DefaultConferencingAppsOutputDto | None]] = nullable(
    model("default_conferencing_apps_output_dto", "DefaultConferencingAppsOutputDto")
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


def parse_result(data: Any) -> DefaultConferencingAppsOutputDto | None:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True, data_may_be_absent=True)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/teams/{teamId}/conferencing/default",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
