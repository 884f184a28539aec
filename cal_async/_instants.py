"""Instants on the wire: aware datetimes only, sent as UTC ISO 8601 to the millisecond, read from
ISO 8601 text by the package's one parser.

A naive datetime is ambiguous (whose 09:00?) and is refused before anything is sent. The server
stores JavaScript dates, so milliseconds are its precision; ``2030-01-07T09:00:00.000Z`` is the
form the API documents.
"""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["iso_utc", "parse_instant", "require_aware"]

_fromisoformat = datetime.fromisoformat  # bound once: read on every instant of every page


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


def parse_instant(text: str, *, bare_is_utc: bool = True) -> datetime:
    """A datetime from ISO 8601 text (``Z``, an offset, milliseconds or not); ``ValueError`` if it
    is not one.

    The server writes UTC with ``Z`` or an offset, and a date-time without one is UTC too
    (API-FACTS: all instants are UTC on the wire), so by default the result is aware. A caller's
    own text is another matter: with ``bare_is_utc=False`` a date-time without an offset comes back
    naive, for the caller to refuse (whose 09:00?).
    """
    parsed = _fromisoformat(text)
    if parsed.tzinfo is None and bare_is_utc:
        return parsed.replace(tzinfo=UTC)
    return parsed
