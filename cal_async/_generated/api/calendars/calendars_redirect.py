# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.calendars_redirect_calendar import CalendarsRedirectCalendar
from ...models.calendars_redirect_response_200 import CalendarsRedirectResponse200
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/v2/calendars/{calendar}/connect"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    calendar: CalendarsRedirectCalendar,
    *,
    is_dry_run: bool,
    redir: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["isDryRun"] = is_dry_run

    params["redir"] = redir

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            calendar=path_segment("calendar", calendar),
        ),
        "params": params,
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> CalendarsRedirectResponse200:
    response_200 = CalendarsRedirectResponse200.from_dict(data)

    return response_200


def _parse(data: Any) -> CalendarsRedirectResponse200:
    return _parse_envelope(data)
