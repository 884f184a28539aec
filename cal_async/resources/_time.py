"""The datetime rules every helper follows, checked before any request is sent.

- Instants are aware ``datetime``s; a naive one is ambiguous (whose 09:00?) and is refused.
- Whole days may be given as ``date``s; they are read in the time zone the call is about.
- Time zones are IANA names, checked against the local tz database, so a typo fails here with a
  clear message instead of as a flattened 400 from the server.
- Everything sent is UTC ISO 8601 (what the API documents); everything returned is aware.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .._instants import iso_utc, require_aware

__all__ = ["as_utc", "day_bounds", "iso_utc", "require_aware", "zone", "zone_name"]


def zone(name: str | tzinfo, *, what: str = "time_zone") -> tzinfo:
    """The time zone for an IANA name (or an already-built ``tzinfo``)."""
    if isinstance(name, tzinfo):
        return name
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{what} must be an IANA time zone name such as 'Europe/London', got {name!r}")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"{what}: unknown IANA time zone {name!r} (expected a name such as 'America/New_York')"
        ) from None


def zone_name(tz: str | tzinfo, *, what: str = "time_zone") -> str:
    """The IANA name to send for ``tz``, validated."""
    resolved = zone(tz, what=what)
    key = getattr(resolved, "key", None)
    if isinstance(key, str):
        return key
    if resolved is UTC:
        return "UTC"
    raise ValueError(f"{what} must be an IANA zone (a name or a ZoneInfo), got {resolved!r}")


def as_utc(value: datetime | date, what: str, tz: tzinfo) -> datetime:
    """An aware instant in UTC: a datetime as is, a ``date`` as its midnight in ``tz``."""
    if isinstance(value, datetime):
        return require_aware(value, what).astimezone(UTC)
    if isinstance(value, date):
        return datetime.combine(value, time.min, tzinfo=tz).astimezone(UTC)
    raise TypeError(f"{what} must be a datetime or a date, got {type(value).__name__}")


def day_bounds(start: datetime | date, end: datetime | date, tz: tzinfo) -> tuple[datetime, datetime]:
    """A UTC range; an ``end`` given as a date includes that whole day (its midnight after, in ``tz``)."""
    lower = as_utc(start, "start", tz)
    if isinstance(end, datetime):
        upper = as_utc(end, "end", tz)
    else:
        upper = as_utc(end + timedelta(days=1), "end", tz)
    if upper <= lower:
        raise ValueError(f"end ({upper.isoformat()}) must be after start ({lower.isoformat()})")
    return lower, upper
