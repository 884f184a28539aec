# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.calendars_save_calendar import CalendarsSaveCalendar
from ...types import UNSET

METHOD = "GET"
PATH = "/v2/calendars/{calendar}/save"
AUTH: tuple[str, ...] = ()
API_VERSION: str | None = None


def _get_kwargs(
    calendar: CalendarsSaveCalendar,
    *,
    state: str,
    code: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["state"] = state

    params["code"] = code

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


def _parse_envelope(data: Any) -> Any:
    return cast(Any, data)


def _parse(data: Any) -> Any:
    return _parse_envelope(data)
