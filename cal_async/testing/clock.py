"""Time: a clock the test controls (slots, "past/upcoming" and rate-limit windows depend on now), and
parsing/formatting of instants the way the server does."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs


@attrs.define
class Clock:
    """Real time by default; ``freeze`` pins it and ``advance`` moves it, for deterministic tests."""

    frozen: datetime | None = None

    def now(self) -> datetime:
        return self.frozen if self.frozen is not None else datetime.now(UTC)

    def freeze(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("freeze() needs an aware datetime")
        self.frozen = at.astimezone(UTC)

    def advance(self, seconds: float) -> None:
        # Advancing a running clock freezes it first, so the step is exact.
        self.frozen = self.now() + timedelta(seconds=seconds)

    def timestamp(self) -> float:
        return self.now().timestamp()


def iso_ms(moment: datetime) -> str:
    """``2025-01-01T09:00:00.000Z``: the server's JSON form of a UTC instant (JS toISOString)."""
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def iso_seconds(moment: datetime) -> str:
    """``2025-01-01T09:00:00Z``: webhook payloads drop the milliseconds."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_in_zone(moment: datetime, zone_name: str | None) -> str:
    """A slot time in the requested zone, with its offset (``...000+02:00``), or ``Z`` for UTC."""
    if zone_name is None or zone_name == "UTC":
        return iso_ms(moment)
    local = moment.astimezone(ZoneInfo(zone_name))
    return local.isoformat(timespec="milliseconds")


def zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def parse_instant(text: str, tz: ZoneInfo, *, end_of_day: bool = False) -> datetime | None:
    """ISO 8601 instant; a bare date means that whole day in ``tz`` (its start, or its end)."""
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            moment = datetime.combine(day, time.max if end_of_day else time.min, tzinfo=tz)
            return moment.astimezone(UTC)
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:  # the server reads offset-less times as UTC
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)
