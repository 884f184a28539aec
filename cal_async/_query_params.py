"""Query parameters: each value as the text the server parses, checked before sending.

Times go out as UTC ISO 8601 (a naive datetime is refused: whose 09:00?), dates as ISO dates,
enums as their values, booleans as ``true``/``false``, lists as repeated parameters (or joined
with commas, where the document says so: ``eventTypeIds=1,2``), and objects (or lists of them) in
the ``deepObject`` form the server's query parser reads:
``calendarsToLoad[0][credentialId]=1&calendarsToLoad[0][externalId]=...``. A closed enum's value
is checked against the values it takes before anything is sent.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from enum import Enum

from ._instants import iso_utc
from ._models import ApiModel, to_json

__all__ = ["query_params", "query_value"]

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


def query_params(
    name: str, python_name: str, value: object, *, comma: bool = False, choices: tuple[str, ...] | None = None
) -> dict[str, Scalar | list[Scalar]]:
    """The query parameters for one argument: ``{name: value}``, or the ``name[i][key]`` pairs of
    an object or a list of objects (models are taken as their JSON). ``comma``: a list is sent as
    one comma-separated value; ``choices``: the values a closed enum accepts."""
    if isinstance(value, ApiModel | Mapping) or (
        isinstance(value, Sequence)
        and not isinstance(value, str | bytes)
        and any(isinstance(v, ApiModel | Mapping) for v in value)
    ):
        flat: dict[str, Scalar | list[Scalar]] = {}
        _flatten(name, to_json(value, what=python_name), python_name, flat)
        return flat
    sent = query_value(python_name, value)
    if choices is not None:
        for item in sent if isinstance(sent, list) else (sent,):
            if item not in choices:
                raise ValueError(f"{python_name} must be one of {', '.join(choices)}; got {item!r}")
    if isinstance(sent, list):
        if not sent:
            raise ValueError(f"{python_name} is an empty list: pass at least one value, or leave it out")
        if comma:
            return {name: ",".join(str(item) for item in sent)}
    return {name: sent}


def _flatten(prefix: str, value: object, what: str, out: dict[str, Scalar | list[Scalar]]) -> None:
    if isinstance(value, Mapping):
        for key, item in value.items():
            _flatten(f"{prefix}[{key}]", item, what, out)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _flatten(f"{prefix}[{index}]", item, what, out)
    elif value is not None:
        out[prefix] = _scalar(what, value)
