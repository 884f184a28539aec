"""Checks for the server values a helper relies on: each odd value raises
``ResponseValidationError`` naming the model and field, never a ``KeyError``, ``ValueError`` or
``AttributeError`` from deep inside a helper."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime, tzinfo
from typing import Any

from .._errors import ResponseValidationError
from .._instants import parse_instant

__all__ = ["server_instant", "server_int", "server_list", "server_mapping", "server_str"]


def _shown(value: object) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text if len(text) <= 60 else text[:59] + '…'}"


def _bad(model: str, field: str, wanted: str, value: object) -> ResponseValidationError:
    problem = f"{field!r} should be {wanted}; the server sent {_shown(value)}"
    return ResponseValidationError(model, field, problem)


def server_mapping(value: object, model: str, field: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise _bad(model, field, "a JSON object", value)
    return value


def server_list(value: object, model: str, field: str) -> list[Any]:
    if not isinstance(value, list):
        raise _bad(model, field, "a JSON array", value)
    return value


def server_str(value: object, model: str, field: str) -> str:
    if not isinstance(value, str) or not value:
        raise _bad(model, field, "a non-empty string", value)
    return value


def server_int(value: object, model: str, field: str) -> int:
    """An integer id; ``42.0`` is accepted (JSON has one number type), NaN, 4.2 or "42" are not."""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _bad(model, field, "an integer", value)
    return value


def server_instant(value: object, model: str, field: str, tz: tzinfo | None = None) -> datetime:
    """An aware datetime from the server's ISO 8601 text, shown in ``tz``."""
    if isinstance(value, str):
        try:
            parsed = parse_instant(value)
            return parsed.astimezone(tz) if tz is not None else parsed
        except (ValueError, OverflowError):
            pass
    raise _bad(model, field, "an ISO 8601 date-time", value)
