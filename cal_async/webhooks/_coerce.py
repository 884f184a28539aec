"""Tolerant readers for webhook JSON.

Webhook payloads vary between triggers and server versions, and a receiver that crashes on an odd
field loses the delivery (Cal.com usually does not retry). So every reader returns ``None`` (or an
empty value) for a missing or ill-typed field instead of raising; the raw payload stays on the
event for anything these readers decline.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

JsonObject = Mapping[str, Any]


def text(data: JsonObject, key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) else None


def integer(data: JsonObject, key: str) -> int | None:
    value = data.get(key)
    if isinstance(value, bool):  # bool is an int subclass; True is not an id
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.isdecimal():
        try:
            return int(value)
        except ValueError:  # beyond the interpreter's int-from-str digit limit
            return None
    return None


def boolean(data: JsonObject, key: str) -> bool | None:
    value = data.get(key)
    return value if isinstance(value, bool) else None


def instant(data: JsonObject, key: str) -> datetime | None:
    """An aware datetime from an ISO 8601 string (with or without milliseconds)."""
    value = data.get(key)
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    # The server writes UTC instants; a value without an offset is still UTC, not local time.
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def minutes(data: JsonObject, key: str) -> timedelta | None:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return timedelta(minutes=value)
    except (ValueError, OverflowError):  # NaN (json.loads accepts it) or absurdly large
        return None


def obj(data: JsonObject, key: str) -> JsonObject | None:
    value = data.get(key)
    return value if isinstance(value, Mapping) else None


def objects(data: JsonObject, key: str) -> list[JsonObject]:
    """The JSON objects in a list field, skipping anything that is not an object."""
    value = data.get(key)
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, Mapping)]


def strings(data: JsonObject, key: str) -> tuple[str, ...]:
    value = data.get(key)
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list):
        return ()
    return tuple(item for item in value if isinstance(item, str))


def locale(data: JsonObject) -> str | None:
    """``language`` is ``{"locale": "en"}`` on the wire; accept a bare string too."""
    language = data.get("language")
    if isinstance(language, str):
        return language
    if isinstance(language, Mapping):
        return text(language, "locale")
    return None
