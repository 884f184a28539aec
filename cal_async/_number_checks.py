"""Checks of numeric settings (retry policy, rate budgets, sessions), worded alike everywhere.

A bool is not a number here, NaN is out of every range, and nothing is coerced: ``"2"`` or
``2.0`` for a count is a mistake to report, not a value to guess at.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

__all__ = ["check_number", "number_field"]


def check_number(what: str, value: object, *, integer: bool = False, positive: bool = False) -> None:
    """``ValueError`` unless ``value`` is a number (an int if ``integer``) of 0 or more (more than 0
    if ``positive``)."""
    kinds = int if integer else (int, float)
    if isinstance(value, bool) or not isinstance(value, kinds) or not (value > 0 if positive else value >= 0):
        kind = "an int" if integer else "a number"
        bound = "more than 0" if positive else "of 0 or more"
        raise ValueError(f"{what} must be {kind} {bound}, got {value!r}")


def number_field(
    *, integer: bool = False, positive: bool = False, optional: bool = False
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator running :func:`check_number` on the field (``None`` allowed if ``optional``)."""

    def validate(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        check_number(attribute.name, value, integer=integer, positive=positive)

    return validate
