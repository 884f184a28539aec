# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.get_event_types_output import GetEventTypesOutput
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/v2/event-types"
AUTH: tuple[str, ...] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: str | None = "2024-06-14"


def _get_kwargs(
    *,
    username: str | Unset = UNSET,
    event_slug: str | Unset = UNSET,
    usernames: str | Unset = UNSET,
    org_slug: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["cal-api-version"] = API_VERSION

    params: dict[str, Any] = {}

    params["username"] = username

    params["eventSlug"] = event_slug

    params["usernames"] = usernames

    params["orgSlug"] = org_slug

    params["orgId"] = org_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> GetEventTypesOutput:
    response_200 = GetEventTypesOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> list[EventTypeOutput]:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
