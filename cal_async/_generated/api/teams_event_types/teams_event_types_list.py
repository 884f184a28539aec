# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.get_team_event_types_output import GetTeamEventTypesOutput
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/v2/teams/{team_id}/event-types"
AUTH: tuple[str, ...] = ()
API_VERSION: str | None = None


def _get_kwargs(
    team_id: int,
    *,
    event_slug: str | Unset = UNSET,
    hosts_limit: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["eventSlug"] = event_slug

    params["hostsLimit"] = hosts_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            team_id=path_segment("team_id", team_id),
        ),
        "params": params,
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> GetTeamEventTypesOutput:
    response_200 = GetTeamEventTypesOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> list[TeamEventTypeOutput]:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
