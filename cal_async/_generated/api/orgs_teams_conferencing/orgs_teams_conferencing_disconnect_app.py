# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

from ...models.orgs_teams_conferencing_disconnect_app_app import OrgsTeamsConferencingDisconnectAppApp

if TYPE_CHECKING:
    from ...models.disconnect_conferencing_app_output_response_dto import DisconnectConferencingAppOutputResponseDto

    pass

OPERATION: Final = "orgs.teams.conferencing.disconnect_app"
METHOD: Final = "DELETE"
PATH: Final = "/v2/organizations/{org_id}/teams/{team_id}/conferencing/{app}/disconnect"
AUTH: Final[tuple[str, ...]] = ()
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[DisconnectConferencingAppOutputResponseDto]] = model(
    "disconnect_conferencing_app_output_response_dto", "DisconnectConferencingAppOutputResponseDto"
)


def build_request(
    org_id: int,
    team_id: int,
    app: OrgsTeamsConferencingDisconnectAppApp | Literal["google-meet", "msteams", "zoom"],
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


def parse_result(data: Any) -> DisconnectConferencingAppOutputResponseDto:
    return decode_result(OPERATION, data, RESULT, enveloped=False)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/teams/{teamId}/conferencing/{app}/disconnect",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
