"""Instants on the wire: aware datetimes only, sent as UTC ISO 8601 to the millisecond.

A naive datetime is ambiguous (whose 09:00?) and is refused before anything is sent. The server
stores JavaScript dates, so milliseconds are its precision; ``2030-01-07T09:00:00.000Z`` is the
form the API documents.
"""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["iso_utc", "require_aware"]


def require_aware(value: datetime, what: str) -> datetime:
    """``value`` if it carries a UTC offset; a naive datetime raises ``ValueError``."""
    if not isinstance(value, datetime):
        raise ValueError(f"{what} must be a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"{what} is a naive datetime ({value.isoformat()}); pass an aware one, e.g. "
            "datetime(..., tzinfo=ZoneInfo('Europe/London')) or datetime.now(UTC)"
        )
    return value


def iso_utc(value: datetime, what: str = "datetime") -> str:
    """``2030-01-07T09:00:00.000Z``: an aware instant in the form the API documents."""
    utc = require_aware(value, what).astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"
