# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.cal_unified_calendars_update_calendar_event_calendar import (
    CalUnifiedCalendarsUpdateCalendarEventCalendar,
)
from ...models.get_unified_calendar_event_output import GetUnifiedCalendarEventOutput
from ...models.update_unified_calendar_event_input import UpdateUnifiedCalendarEventInput
from ...types import Unset

METHOD = "PATCH"
PATH = "/v2/calendars/{calendar}/events/{event_uid}"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    calendar: CalUnifiedCalendarsUpdateCalendarEventCalendar,
    event_uid: str,
    *,
    body: UpdateUnifiedCalendarEventInput | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            calendar=path_segment("calendar", calendar),
            event_uid=path_segment("event_uid", event_uid),
        ),
        "headers": headers,
    }
    if isinstance(body, Mapping):
        _kwargs["json"] = dict(body)
    elif not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()
    return _kwargs


def _parse_envelope(data: Any) -> GetUnifiedCalendarEventOutput:
    response_200 = GetUnifiedCalendarEventOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> UnifiedCalendarEventOutput:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
