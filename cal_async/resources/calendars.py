"""``cal.calendars``: connected calendars and busy times as aware datetimes.

The API document declares ``GET /v2/calendars/busy-times`` with one top-level ``credentialId`` and
``externalId``; the server actually reads ``calendarsToLoad[i][credentialId]`` /
``calendarsToLoad[i][externalId]`` (one pair per calendar), so ``busy_times`` builds that query
itself. Without an explicit list it loads every calendar marked selected in ``GET /v2/calendars``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING, Unpack

import attrs

from .._generated.resources.calendars import CalendarsResource
from .._options import RequestOptions
from .._sentinel import or_none
from ._result_value import ResultValue
from ._time import iso_utc, require_aware, zone, zone_name

if TYPE_CHECKING:
    from .._generated.models.calendar_to_load import CalendarToLoadDict
    from .._generated.models.connected_calendars_data import ConnectedCalendarsData

__all__ = ["BusyTime", "CalendarHelpers", "CalendarRef"]


@attrs.frozen(slots=True)
class CalendarRef:
    """One external calendar: the credential it belongs to and its id at the provider."""

    credential_id: int
    external_id: str


@attrs.frozen(slots=True)
class BusyTime(ResultValue):
    """A busy interval, aware, in the time zone asked for."""

    start: datetime
    end: datetime
    source: str | None = None


def _bound(value: datetime | date, what: str) -> str:
    if isinstance(value, datetime):
        return iso_utc(require_aware(value, what))
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{what} must be a datetime or a date, got {type(value).__name__}")


def selected_calendars(connected: ConnectedCalendarsData) -> list[CalendarRef]:
    """Every calendar marked ``isSelected`` (the ones Cal.com checks for conflicts); a calendar
    without its own ``credentialId`` belongs to its integration's."""
    return [
        CalendarRef(
            calendar.credential_id if "credentialId" in calendar else integration.credential_id,
            calendar.external_id,
        )
        for integration in connected.connected_calendars
        for calendar in integration.calendars or ()
        if calendar.is_selected
    ]


class CalendarHelpers(CalendarsResource):
    """``cal.calendars``: the generated operations, and ``busy_times`` as aware datetimes."""

    async def busy_times(
        self,
        start: datetime | date,
        end: datetime | date,
        *,
        time_zone: str | tzinfo,
        calendars: Sequence[CalendarRef] | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[BusyTime]:
        """Busy intervals from ``start`` to ``end`` across ``calendars`` (default: every selected
        connected calendar), as aware datetimes in ``time_zone``."""
        tz_name = zone_name(time_zone)
        date_from, date_to = _bound(start, "start"), _bound(end, "end")
        if calendars is None:
            calendars = selected_calendars(await self.get(**options))
        if not calendars:
            return []  # nothing connected: nothing is busy (the server would need a calendar)
        # The generated method sends calendarsToLoad[i][credentialId|externalId] (normalised from
        # the server's busy-times.input.ts).
        to_load: list[CalendarToLoadDict] = [
            {"credentialId": c.credential_id, "externalId": c.external_id} for c in calendars
        ]
        busy = await self.get_busy_times(
            logged_in_users_tz=tz_name,
            calendars_to_load=to_load,
            date_from=date_from,
            date_to=date_to,
            **options,
        )
        tz = zone(tz_name)
        intervals = (BusyTime(b.start.astimezone(tz), b.end.astimezone(tz), or_none(b.source)) for b in busy)
        return sorted(intervals, key=lambda b: b.start)
