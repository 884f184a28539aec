"""Checks on what a call is about to send, made before anything leaves.

httpx turns any query value into text (a dict becomes ``"{'a': 1}"``, bytes ``"b'x'"``, NaN
``"nan"``) and refuses a body it cannot encode with a ``TypeError``. Both are the caller's input,
so both become a ``ValueError`` that names the parameter, instead of a value silently replaced or
an untyped error.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from ._models import ApiModel

__all__ = ["body_dict", "checked_body", "checked_query"]


def _query_scalar(value: object) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    return isinstance(value, (str, int))  # bool and the API's enums are among these


def checked_query(params: Mapping[str, object]) -> dict[str, Any]:
    """``params`` if every value is a string, an int, a finite float or a bool, or a list of them."""
    for name, value in params.items():
        items = value if isinstance(value, (list, tuple)) else (value,)
        for item in items:
            if not _query_scalar(item):
                raise ValueError(
                    f"query parameter {name!r} must be a string, a number or a bool (or a list of them), "
                    f"got {type(item).__name__} {str(item)[:40]!r}"
                )
    return dict(params)


def checked_body(body: object) -> object:
    """``body`` if it can be sent as JSON: no NaN or infinity, nothing JSON has no form for."""
    if body is None:
        return None
    try:
        json.dumps(body, allow_nan=False)
    except (TypeError, ValueError, RecursionError) as exc:
        raise ValueError(f"the request body cannot be sent as JSON: {str(exc)[:120]}") from None
    return body


def body_dict(body: object) -> dict[str, Any]:
    """A request body given as a model or a mapping of the API's field names, as a dict."""
    if isinstance(body, ApiModel):
        return body.to_dict()
    if isinstance(body, Mapping):
        return dict(body)
    raise ValueError(f"body must be a model or a mapping of the API's field names, got {type(body).__name__}")
