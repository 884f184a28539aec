"""Path parameters: each value becomes exactly one URL path segment, or is refused before sending.

A value is interpolated into a path template such as ``/v2/event-types/{event_type_id}/webhooks/
{webhook_id}``. Percent-encoding every character outside the unreserved set keeps ``/``, ``?`` and
``#`` inside the segment, but three values survive encoding unchanged and still move the request:
``..`` and ``.`` are dot-segments that URL normalisation resolves (``.../webhooks/..`` becomes
``DELETE /v2/event-types/42``), and an empty value produces ``//`` or a trailing ``/`` (another
route). Those are refused with a :class:`ValueError` naming the parameter, so nothing is sent.
"""

from __future__ import annotations

import math
import re
from enum import Enum
from urllib.parse import quote

__all__ = ["path_segment"]

_DOT_SEGMENTS = frozenset({"", ".", ".."})
# Values made only of unreserved characters need no encoding (uids and slugs, the usual case).
_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]+")


def path_segment(name: str, value: object) -> str:
    """``value`` as one percent-encoded path segment; ``name`` is the parameter, for the error."""
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):  # bool is an int subclass: True would be sent as "True"
        raise ValueError(f"{name} must be a string or an integer id, got bool {value!r}")
    if type(value) is str and _UNRESERVED.fullmatch(value) and value not in _DOT_SEGMENTS:
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            raise ValueError(f"{name} must be an integer id, got {value!r}")
        return str(int(value))
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a string or an integer id, got {type(value).__name__}")
    if value in _DOT_SEGMENTS:
        shown = "empty" if value == "" else repr(value)
        raise ValueError(
            f"{name} is {shown}: a path parameter must not be empty, '.' or '..', "
            "which would send the request to another endpoint"
        )
    return quote(value, safe="")
