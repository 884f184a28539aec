# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.cal_unified_calendars_get_calendar_event_details_calendar import (
    CalUnifiedCalendarsGetCalendarEventDetailsCalendar,
)
from ...models.get_unified_calendar_event_output import GetUnifiedCalendarEventOutput

METHOD = "GET"
PATH = "/v2/calendars/{calendar}/event/{event_uid}"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    calendar: CalUnifiedCalendarsGetCalendarEventDetailsCalendar,
    event_uid: str,
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
    return _kwargs


def _parse_envelope(data: Any) -> GetUnifiedCalendarEventOutput:
    response_200 = GetUnifiedCalendarEventOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> UnifiedCalendarEventOutput:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
