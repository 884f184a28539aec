"""Calling any operation's typed method with sample arguments, some of them replaced."""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from typing import Any

from openapi.sdk_naming import snake_case
from tests.operation_calls import sample

#: Positional and keyword arguments of one call.
Args = tuple[list[Any], dict[str, Any]]


def call_args(op: dict[str, Any], fn: Any, overrides: Mapping[str, object]) -> Args:
    """Arguments for ``fn``, the typed method of ``op``: sample values for the path parameters,
    the required query parameters and the body (``{"probe": 1}``), except where ``overrides``
    (keyed by the spec's parameter name, or ``"body"``) gives a value; an overridden optional
    query parameter is passed too."""
    parameters = inspect.signature(fn).parameters
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for p in op.get("parameters", []):
        name = p["name"]
        value = overrides[name] if name in overrides else sample(p.get("schema", {}), name)[0]
        if p["in"] == "path":
            args.append(value)
        elif (
            p["in"] == "query" and snake_case(name) in parameters and (p.get("required") or name in overrides)
        ):
            kwargs[snake_case(name)] = value
    if "requestBody" in op:
        kwargs["body"] = overrides.get("body", {"probe": 1})
    return args, kwargs


async def invoke(fn: Any, args: list[Any], kwargs: dict[str, Any]) -> object:
    """Call ``fn`` and await what it returns (a paginator gives its first page)."""
    result = fn(*args, **kwargs)
    if inspect.isawaitable(result):
        return await result
    return result
