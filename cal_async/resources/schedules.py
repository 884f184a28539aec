"""``cal.schedules``: ``create`` with availability checked locally.

The server's messages for a bad schedule are generic; checking here names the exact rule and
field, before any request: days as 0=Sunday..6=Saturday or day names, times as ``HH:MM`` (24 h),
start before end, and an IANA time zone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar, Unpack

import attrs

from .._generated.models.create_schedule_input import CreateScheduleInput
from .._generated.models.schedule_availability_input_days_item import ScheduleAvailabilityInputDaysItem
from .._generated.resources.schedules import SchedulesResource
from .._options import RequestOptions
from .._request_input import body_dict
from ._time import zone_name

if TYPE_CHECKING:
    from .._generated.models.create_schedule_input import CreateScheduleInputDict
    from .._generated.models.schedule_availability_input import ScheduleAvailabilityInputDict
    from .._generated.models.schedule_output import ScheduleOutput
    from .._generated.models.schedule_override_input import ScheduleOverrideInputDict

__all__ = ["DAY_NAMES", "Availability", "DateOverride", "ScheduleHelpers"]

#: Index = the day number used here and by JavaScript's ``Date.getDay()``: 0 is Sunday.
DAY_NAMES = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
_BY_NAME = {name.lower(): name for name in DAY_NAMES} | {name[:3].lower(): name for name in DAY_NAMES}
_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")

DayLike = int | str


def _day(value: DayLike) -> str:
    if isinstance(value, bool):
        raise ValueError(f"a day is 0-6 (0 = Sunday) or a day name, got {value!r}")
    if isinstance(value, int):
        if 0 <= value <= 6:
            return DAY_NAMES[value]
        raise ValueError(f"day numbers run from 0 (Sunday) to 6 (Saturday), got {value}")
    if isinstance(value, str) and value.strip().lower() in _BY_NAME:
        return _BY_NAME[value.strip().lower()]
    raise ValueError(f"unknown day {value!r}: use 0-6 (0 = Sunday) or a name such as 'Monday' or 'mon'")


def _time(value: str, what: str) -> str:
    if not isinstance(value, str) or not _HHMM.match(value):
        raise ValueError(f"{what} must be a 24-hour time 'HH:MM' such as '09:00', got {value!r}")
    return value


def _start(value: str) -> str:
    return _time(value, "start time")


def _end(value: str) -> str:
    return _time(value, "end time")


def _days(values: Iterable[DayLike] | DayLike) -> tuple[str, ...]:
    if isinstance(values, (str, int)):
        values = [values]
    names = [_day(v) for v in values]
    if not names:
        raise ValueError("availability needs at least one day")
    # Keep the week's order and drop repeats, so equal rules compare equal.
    return tuple(name for name in DAY_NAMES if name in names)


@attrs.frozen(slots=True)
class Availability:
    """Weekly hours: ``Availability([1, 2, 3, 4, 5], "09:00", "17:00")`` is Monday-Friday 9 to 5."""

    days: tuple[str, ...] = attrs.field(converter=_days)
    start: str = attrs.field(converter=_start)
    end: str = attrs.field(converter=_end)

    def __attrs_post_init__(self) -> None:
        if self.start >= self.end:  # zero-padded HH:MM compares correctly as text
            raise ValueError(f"start time {self.start} must be before end time {self.end}")

    def to_json(self) -> ScheduleAvailabilityInputDict:
        days = [ScheduleAvailabilityInputDaysItem(day) for day in self.days]
        return {"days": days, "startTime": self.start, "endTime": self.end}


def _date(value: date | str) -> str:
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise ValueError(f"an override date is a date or 'YYYY-MM-DD', got {value!r}") from None


@attrs.frozen(slots=True)
class DateOverride:
    """Different hours on one date (replacing that day's weekly hours)."""

    date: str = attrs.field(converter=_date)
    start: str = attrs.field(converter=_start)
    end: str = attrs.field(converter=_end)

    def __attrs_post_init__(self) -> None:
        if self.start >= self.end:
            raise ValueError(f"override on {self.date}: start {self.start} must be before end {self.end}")

    def to_json(self) -> ScheduleOverrideInputDict:
        return {"date": date.fromisoformat(self.date), "startTime": self.start, "endTime": self.end}


R = TypeVar("R", Availability, DateOverride)


def _rule(kind: type[R], keys: tuple[str, str, str], value: R | Mapping[str, Any]) -> R:
    """``value`` as a ``kind``: itself, or built from a mapping with the API's field names."""
    if isinstance(value, kind):
        return value
    if isinstance(value, Mapping):
        try:
            return kind(*(value[key] for key in keys))
        except KeyError as exc:
            raise ValueError(f"{kind.__name__} needs {', '.join(keys)}; missing {exc}") from None
    raise TypeError(f"expected {kind.__name__} or a mapping, got {type(value).__name__}")


def _availability(value: Availability | Mapping[str, Any]) -> Availability:
    return _rule(Availability, ("days", "startTime", "endTime"), value)


def _override(value: DateOverride | Mapping[str, Any]) -> DateOverride:
    return _rule(DateOverride, ("date", "startTime", "endTime"), value)


def schedule_body(
    name: str,
    time_zone: str,
    availability: Sequence[Availability | Mapping[str, Any]] | None,
    overrides: Sequence[DateOverride | Mapping[str, Any]],
    is_default: bool,
) -> CreateScheduleInputDict:
    """The validated ``POST /v2/schedules`` body."""
    if not isinstance(name, str) or not name.strip():
        raise ValueError("a schedule needs a non-empty name")
    body: CreateScheduleInputDict = {
        "name": name,
        "timeZone": zone_name(time_zone, what="schedule time_zone"),
        "isDefault": bool(is_default),
    }
    if availability is not None:  # None: the server's default, Monday-Friday 09:00-17:00
        body["availability"] = [_availability(a).to_json() for a in availability]
    if overrides:
        body["overrides"] = [_override(o).to_json() for o in overrides]
    return body


def checked_body(body: CreateScheduleInput | CreateScheduleInputDict) -> CreateScheduleInput:
    """``body`` with the fields it has checked (and days spelled as the API wants); fields it
    lacks are left for the server to ask for, as with any raw body."""
    raw = body_dict(body)
    out = dict(raw)
    if "name" in raw and (not isinstance(raw["name"], str) or not raw["name"].strip()):
        raise ValueError("a schedule needs a non-empty name")
    if "timeZone" in raw:
        out["timeZone"] = zone_name(raw["timeZone"], what="schedule timeZone")
    if raw.get("availability") is not None:
        out["availability"] = [_availability(a).to_json() for a in raw["availability"]]
    if raw.get("overrides"):
        out["overrides"] = [_override(o).to_json() for o in raw["overrides"]]
    return CreateScheduleInput.from_dict(out)


class ScheduleHelpers(SchedulesResource):
    """``cal.schedules``: the generated operations, and ``create`` from keyword arguments, checked
    before sending."""

    async def create(
        self,
        *,
        body: CreateScheduleInput | CreateScheduleInputDict | None = None,
        name: str | None = None,
        time_zone: str | None = None,
        availability: Sequence[Availability | Mapping[str, Any]] | None = None,
        overrides: Sequence[DateOverride | Mapping[str, Any]] = (),
        is_default: bool = False,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutput:
        """Create a schedule::

            await cal.schedules.create(
                name="Working hours", time_zone="Europe/London", is_default=True,
                availability=[Availability(["mon", "tue", "wed", "thu", "fri"], "09:00", "17:00")],
            )

        A ``body=`` with the API's field names has the fields it contains checked by the same rules.
        """
        if body is not None:
            if name is not None or time_zone is not None or availability is not None or overrides:
                raise ValueError("pass either body= or name/time_zone/availability/overrides, not both")
            payload: CreateScheduleInput | CreateScheduleInputDict = checked_body(body)
        else:
            if name is None or time_zone is None:
                raise ValueError("a schedule needs a name and a time_zone")
            payload = schedule_body(name, time_zone, availability, overrides, is_default)
        return await super().create(body=payload, **options)
