"""Calls of what the API document marks ``deprecated``: each warns once per process.

An operation the document marks ``deprecated: true`` keeps working; the first call of it in a
process emits a :class:`DeprecationWarning`, and so does the first call giving a value to a
deprecated parameter. The warning points at the caller's line, the first frame outside
``cal_async``. What has warned is kept for the process (the point of "once").
"""

from __future__ import annotations

import os
import sys
import threading
import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ._sentinel import Unset

if TYPE_CHECKING:
    from ._operation import Operation

__all__ = ["warn_deprecated"]

_PACKAGE = os.path.dirname(os.path.abspath(__file__)) + os.sep
_warned: set[str] = set()
_lock = threading.Lock()


def _first_time(key: str) -> bool:
    with _lock:
        if key in _warned:
            return False
        _warned.add(key)
        return True


def _caller_level() -> int:
    """The ``stacklevel`` of the first frame outside this package (the user's call)."""
    level, frame = 3, sys._getframe(3)  # 1: _warn, 2: warn_deprecated, 3: Operation.build
    while frame.f_back is not None and frame.f_code.co_filename.startswith(_PACKAGE):
        frame, level = frame.f_back, level + 1
    return level


def _warn(key: str, message: str) -> None:
    if _first_time(key):
        warnings.warn(message, DeprecationWarning, stacklevel=_caller_level())


def warn_deprecated(operation: Operation[Any], values: Sequence[object]) -> None:
    """Warn (once each) that ``operation``, or a deprecated parameter given a value, is deprecated."""
    if operation.deprecated:
        _warn(
            operation.name,
            f"cal.{operation.name} ({operation.http_method} {operation.path}) is deprecated in the Cal.com "
            "API document; it still works, but may be removed from a later API version",
        )
    for param, value in zip(operation.params, values, strict=True):
        if param.deprecated and not isinstance(value, Unset):
            _warn(
                f"{operation.name}({param.name})",
                f"the {param.name}= argument of cal.{operation.name} is deprecated in the Cal.com API "
                "document; it is still sent, but may be ignored or refused by a later API version",
            )
