"""Small checks shared by handlers, producing class-validator style errors."""

from __future__ import annotations

import re
from typing import Any, Protocol, TypeVar

from .clock import zone
from .errors import field_error, validation_error
from .records import WEEKDAYS, StoredAvailability, StoredOverride

T = TypeVar("T")

HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class Errors:
    """Collects per-property problems; ``raise_if_any`` turns them into the 400 envelope."""

    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []

    def add(self, prop: str, value: Any, constraint: str, message: str) -> None:
        self.items.append(field_error(prop, value, constraint, message))

    def _typed(
        self, body: dict[str, Any], name: str, kind: type[T], constraint: str, message: str, *, required: bool
    ) -> T | None:
        """``body[name]`` when it is a ``kind``; else None, with the problem added unless the
        property is optional and absent."""
        value = body.get(name)
        # bool is an int to Python, but not an integer number to class-validator.
        if isinstance(value, kind) and not (isinstance(value, bool) and kind is not bool):
            return value
        if value is not None or required:
            self.add(name, value, constraint, message)
        return None

    def string(self, body: dict[str, Any], name: str, *, required: bool) -> str | None:
        return self._typed(body, name, str, "isString", f"{name} must be a string", required=required)

    def integer(self, body: dict[str, Any], name: str, *, required: bool, minimum: int = 0) -> int | None:
        value = self._typed(body, name, int, "isInt", f"{name} must be an integer number", required=required)
        if value is not None and value < minimum:
            self.add(name, value, "min", f"{name} must not be less than {minimum}")
            return None
        return value

    def boolean(self, body: dict[str, Any], name: str, *, required: bool) -> bool | None:
        return self._typed(
            body, name, bool, "isBoolean", f"{name} must be a boolean value", required=required
        )

    def time_zone(self, body: dict[str, Any], name: str, *, required: bool) -> str | None:
        value = self.string(body, name, required=required)
        if value is not None and zone(value) is None:
            self.add(name, value, "isTimeZone", f"{name} must be a valid IANA time-zone")
            return None
        return value

    def raise_if_any(self) -> None:
        if self.items:
            raise validation_error(self.items)


class FieldReader(Protocol):
    """Reads a resource's properties from a request body, adding what is wrong to ``errors``."""

    def __call__(self, body: dict[str, Any], errors: Errors, *, creating: bool) -> dict[str, Any]: ...


def checked_fields(read: FieldReader, body: dict[str, Any], *, creating: bool) -> dict[str, Any]:
    """The properties ``read`` finds in ``body``; a 400 listing every problem when there is one."""
    errors = Errors()
    fields = read(body, errors, creating=creating)
    errors.raise_if_any()
    return fields


def _time_ok(value: Any) -> bool:
    return isinstance(value, str) and (bool(HHMM.match(value)) or value == "24:00")


def availability(errors: Errors, items: Any) -> list[StoredAvailability]:
    """Weekly rules: ``{days: ["Monday", ...], startTime: "09:00", endTime: "17:00"}``."""
    if not isinstance(items, list):
        errors.add("availability", items, "isArray", "availability must be an array")
        return []
    out: list[StoredAvailability] = []
    for item in items:
        days = item.get("days") if isinstance(item, dict) else None
        if (
            not isinstance(item, dict)
            or not isinstance(days, list)
            or any(day not in WEEKDAYS for day in days)
            or not _time_ok(item.get("startTime"))
            or not _time_ok(item.get("endTime"))
        ):
            errors.add(
                "availability",
                item,
                "isValid",
                "each availability needs days (Monday..Sunday) and startTime/endTime as HH:MM",
            )
            continue
        out.append(
            StoredAvailability(days=tuple(days), start_time=item["startTime"], end_time=item["endTime"])
        )
    return out


def overrides(errors: Errors, items: Any) -> list[StoredOverride]:
    """Date overrides: ``{date: "2025-12-24", startTime: "09:00", endTime: "12:00"}``."""
    if not isinstance(items, list):
        errors.add("overrides", items, "isArray", "overrides must be an array")
        return []
    out: list[StoredOverride] = []
    for item in items:
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("date"), str)
            or not re.match(r"^\d{4}-\d{2}-\d{2}$", item["date"])
            or not _time_ok(item.get("startTime"))
            or not _time_ok(item.get("endTime"))
        ):
            errors.add("overrides", item, "isValid", "each override needs date (YYYY-MM-DD) and HH:MM times")
            continue
        out.append(StoredOverride(date=item["date"], start_time=item["startTime"], end_time=item["endTime"]))
    return out
