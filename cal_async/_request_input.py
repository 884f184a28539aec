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

from ._http_backend import timeout_types
from ._options import RequestOptions

__all__ = ["body_dict", "checked_options", "checked_query", "encode_body"]


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


def encode_body(body: object) -> bytes | None:
    """``body`` as the JSON bytes to send (encoded once, as httpx's ``json=`` would: compact,
    UTF-8), or ``ValueError`` when it cannot be sent: NaN, infinity, nothing JSON has a form for."""
    if body is None:
        return None
    try:
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
    except (TypeError, ValueError, RecursionError) as exc:
        raise ValueError(f"the request body cannot be sent as JSON: {str(exc)[:120]}") from None


def body_dict(body: object) -> dict[str, Any]:
    """A request body given as a model or a mapping of the API's field names, as a dict."""
    from ._models import ApiModel  # only here: import cal_async must stay cheap

    if isinstance(body, ApiModel):
        return body.to_dict()
    if isinstance(body, Mapping):
        return dict(body)
    raise ValueError(f"body must be a model or a mapping of the API's field names, got {type(body).__name__}")


def _seconds(value: object, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value >= 0:
        raise ValueError(f"{what} must be a number of seconds (0 or more) or None, got {value!r}")
    return float(value)


def checked_options(options: RequestOptions) -> RequestOptions:
    """The per-call options, each of the type it must have (nothing coerced)."""
    if "deadline" in options:
        _seconds(options["deadline"], "deadline")
    if "timeout" in options and not isinstance(options["timeout"], timeout_types()):
        _seconds(options["timeout"], "timeout")
    if "max_retries" in options:
        retries = options["max_retries"]
        if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
            raise ValueError(f"max_retries must be an int of 0 or more, got {retries!r}")
    for name, given in (
        ("extra_headers", options.get("extra_headers")),
        ("extra_query", options.get("extra_query")),
    ):
        if given is not None and not isinstance(given, Mapping):
            raise ValueError(f"{name} must be a mapping, got {type(given).__name__}")
    headers = options.get("extra_headers") or {}
    for key, value in headers.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise ValueError(f"extra_headers must map str to str, got {key!r}: {type(value).__name__}")
    return options
