"""Query parameters: each value as the text the server parses, checked before sending.

Times go out as UTC ISO 8601 (a naive datetime is refused: whose 09:00?), dates as ISO dates,
enums as their values, booleans as ``true``/``false``, lists as repeated parameters.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime
from enum import Enum

from ._instants import iso_utc

__all__ = ["query_value"]

Scalar = str | int | float


def _scalar(name: str, value: object) -> Scalar:
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return iso_utc(value, name)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{name} is {value!r}, which is not a number the API accepts")
    if isinstance(value, str | int | float):
        return value
    raise ValueError(
        f"{name} must be a string, number, boolean, date or datetime, got {type(value).__name__}"
    )


def query_value(name: str, value: object) -> Scalar | list[Scalar]:
    """``value`` as a query parameter value (a list for array parameters)."""
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return [_scalar(f"{name}[{i}]", v) for i, v in enumerate(value)]
    return _scalar(name, value)
