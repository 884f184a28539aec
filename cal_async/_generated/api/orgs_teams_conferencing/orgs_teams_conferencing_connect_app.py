# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

from ...models.orgs_teams_conferencing_connect_app_app import OrgsTeamsConferencingConnectAppApp

if TYPE_CHECKING:
    from ...models.conferencing_apps_output_dto import ConferencingAppsOutputDto

    pass

OPERATION: Final = "orgs.teams.conferencing.connect_app"
METHOD: Final = "POST"
PATH: Final = "/v2/organizations/{org_id}/teams/{team_id}/conferencing/{app}/connect"
AUTH: Final[tuple[str, ...]] = ()
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[ConferencingAppsOutputDto]] = model("conferencing_apps_output_dto", "ConferencingAppsOutputDto")


def build_request(
    org_id: int,
    team_id: int,
    app: OrgsTeamsConferencingConnectAppApp | Literal["google-meet"],
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            team_id=path_segment("team_id", team_id),
            app=path_segment("app", app),
        ),
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> ConferencingAppsOutputDto:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/teams/{teamId}/conferencing/{app}/connect",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
