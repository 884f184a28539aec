# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.calendars_sync_credentials_calendar import CalendarsSyncCredentialsCalendar
from ...models.create_calendar_credentials_input import CreateCalendarCredentialsInput
from ...types import Unset

METHOD = "POST"
PATH = "/v2/calendars/{calendar}/credentials"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    calendar: CalendarsSyncCredentialsCalendar,
    *,
    body: CreateCalendarCredentialsInput | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            calendar=path_segment("calendar", calendar),
        ),
        "headers": headers,
    }
    if isinstance(body, Mapping):
        _kwargs["json"] = dict(body)
    elif not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()
    return _kwargs


def _parse_envelope(data: Any) -> Any:
    return cast(Any, data)


def _parse(data: Any) -> Any:
    return _parse_envelope(data)
