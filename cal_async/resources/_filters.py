"""Booking-list filters as the API wants them, checked before any request.

Shared by ``cal.bookings.list`` and the organization/team booking lists, which take the same
query parameters.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time
from typing import Any, Literal

from .._instants import parse_instant, require_aware
from .._sentinel import UNSET, Unset

__all__ = [
    "BOOKING_STATUSES",
    "SortOrder",
    "booking_filters",
    "ids_filter",
    "sort_filter",
    "statuses_filter",
    "when_filter",
]

#: The ``status`` filter values of the booking lists.
BOOKING_STATUSES = ("upcoming", "recurring", "past", "cancelled", "unconfirmed")
#: A sort direction of the list filters.
SortOrder = Literal["asc", "desc"]
_SORT = ("asc", "desc")


def statuses_filter(status: object) -> Any:
    """One or more statuses as a list (the generated query builder repeats the parameter)."""
    if isinstance(status, Unset):
        return UNSET
    if not isinstance(status, str) and not (isinstance(status, Sequence) and not isinstance(status, bytes)):
        raise ValueError(f"status must be a status or a list of them, got {type(status).__name__}")
    statuses = [status] if isinstance(status, str) else [str(s) for s in status]
    unknown = [s for s in statuses if s not in BOOKING_STATUSES]
    if unknown or not statuses:
        valid = ", ".join(BOOKING_STATUSES)
        raise ValueError(f"unknown booking status {unknown or statuses!r}; use any of {valid}")
    return statuses


def when_filter(value: object, what: str) -> datetime | Unset:
    """A filter bound as an aware instant: a date is its UTC midnight (as the server reads a bare
    date); a string must be ISO 8601 with a ``Z`` or an offset."""
    if isinstance(value, Unset):
        return value
    if isinstance(value, str):
        try:
            value = parse_instant(value, bare_is_utc=False)  # a bare time is refused below
        except ValueError:
            raise ValueError(
                f"{what} must be an ISO 8601 date-time such as '2030-01-07T09:00:00Z', got {value!r}"
            ) from None
    if isinstance(value, datetime):
        return require_aware(value, what)
    if isinstance(value, date):
        return datetime.combine(value, time.min, tzinfo=UTC)
    raise ValueError(f"{what} must be an aware datetime or a date, got {type(value).__name__}")


def ids_filter(value: object, what: str) -> str | Unset:
    if isinstance(value, (Unset, str)):
        return value
    if not isinstance(value, int) and not (isinstance(value, Sequence) and not isinstance(value, bytes)):
        raise ValueError(
            f"{what} must be an id, a list of ids or a comma-separated str, got {type(value).__name__}"
        )
    values = [value] if isinstance(value, int) else list(value)
    if not values or any(isinstance(v, bool) or not isinstance(v, int) or v < 1 for v in values):
        raise ValueError(f"{what} must be positive integer ids, got {value!r}")
    return ",".join(str(v) for v in values)


def sort_filter(value: object, what: str) -> Any:
    if not isinstance(value, Unset) and value not in _SORT:
        raise ValueError(f"{what} must be 'asc' or 'desc', got {value!r}")
    return value


def booking_filters(arguments: Mapping[str, object], *, path: tuple[str, ...] = ()) -> dict[str, Any]:
    """A booking-list method's arguments (its ``locals()``) as the generated list's: each filter
    checked and converted by its name's rule: ``status`` (one or more statuses), ``*_id``/``*_ids``
    (ids), ``after_*``/``before_*`` (instants or dates), ``sort_*`` (``asc``/``desc``); anything
    else, and the ``path`` parameters, as given. Unset filters stay unset; ``self`` and
    ``options`` are not arguments."""
    out: dict[str, Any] = {}
    for name, value in arguments.items():
        if name in ("self", "options"):
            continue
        if name in path:
            out[name] = value
        elif name == "status":
            out[name] = statuses_filter(value)
        elif name.endswith(("_id", "_ids")):
            out[name] = ids_filter(value, name)
        elif name.startswith(("after_", "before_")):
            out[name] = when_filter(value, name)
        elif name.startswith("sort_"):
            out[name] = sort_filter(value, name)
        else:
            out[name] = value
    return out
