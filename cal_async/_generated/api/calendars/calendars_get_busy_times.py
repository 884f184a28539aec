# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.get_busy_times_output import GetBusyTimesOutput
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/v2/calendars/busy-times"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    *,
    logged_in_users_tz: str,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    credential_id: int,
    external_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["loggedInUsersTz"] = logged_in_users_tz

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["credentialId"] = credential_id

    params["externalId"] = external_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> GetBusyTimesOutput:
    response_200 = GetBusyTimesOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> list[BusyTimesOutput]:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
