# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.disconnect_conferencing_app_output_response_dto import DisconnectConferencingAppOutputResponseDto
from ...models.orgs_teams_conferencing_disconnect_app_app import OrgsTeamsConferencingDisconnectAppApp

METHOD = "DELETE"
PATH = "/v2/organizations/{org_id}/teams/{team_id}/conferencing/{app}/disconnect"
AUTH: tuple[str, ...] = ()
API_VERSION: str | None = None


def _get_kwargs(
    org_id: int,
    team_id: int,
    app: OrgsTeamsConferencingDisconnectAppApp,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            team_id=path_segment("team_id", team_id),
            app=path_segment("app", app),
        ),
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> DisconnectConferencingAppOutputResponseDto:
    response_200 = DisconnectConferencingAppOutputResponseDto.from_dict(data)

    return response_200


def _parse(data: Any) -> DisconnectConferencingAppOutputResponseDto:
    return _parse_envelope(data)
