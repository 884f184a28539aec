# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

from cal_async._models import as_json  # noqa: F401

METHOD = "DELETE"
PATH = "/v2/organizations/{org_id}/teams/{team_id}/workflows/{workflow_id}"
AUTH: tuple[str, ...] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: str | None = None


def _get_kwargs(
    org_id: int,
    team_id: int,
    workflow_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=quote(str(org_id), safe=""),
            team_id=quote(str(team_id), safe=""),
            workflow_id=quote(str(workflow_id), safe=""),
        ),
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> Any:
    return cast(Any, data)


def _parse(data: Any) -> Any:
    return _parse_envelope(data)
