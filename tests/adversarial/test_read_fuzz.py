"""Seeded fuzz of response values over all 230 operations: reading never raises an untyped error.

For each operation a full success body is built from the normalised document (every declared
property present), then values at random places are replaced by hostile ones (wrong types, null,
NaN, huge numbers and strings, deep nesting, empty containers). The body is decoded by the
operation's own parser and every field of every model is read, recursively. A read returns a
value of its annotated type or raises ``ResponseValidationError``; anything else is counted and
fails the test.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime
from enum import Enum
from typing import Any

import pytest

from cal_async import ApiModel, ResponseValidationError, Unset
from cal_async._fields import Field
from cal_async._generated.operations import OPERATIONS
from cal_async._operation import PagedOperation
from openapi.document import X_METHOD, X_RESOURCE, iter_operations
from tests.operation_calls import normalised_spec

SEED = 20261201
MUTATIONS_PER_OPERATION = 24
_HUGE = "x" * 100_000


def _deep(depth: int) -> Any:
    value: Any = "bottom"
    for i in range(depth):
        value = [value] if i % 2 else {"k": value}
    return value


HOSTILE: list[Any] = [
    None,
    True,
    0,
    -1,
    2**70,
    1.5,
    float("nan"),
    float("inf"),
    "",
    "soon",
    "2030-13-45T99:99:99Z",
    _HUGE,
    [],
    {},
    [None],
    {"unexpected": [1, {"x": None}]},
    _deep(300),
]


class _Body:
    """A full instance of a schema: every property, one or two items per array."""

    def __init__(self, doc: dict[str, Any], rng: random.Random) -> None:
        self._schemas = doc["components"]["schemas"]
        self._rng = rng

    def value(self, schema: dict[str, Any], depth: int = 0) -> Any:
        while "$ref" in schema:
            schema = self._schemas[schema["$ref"].rsplit("/", 1)[-1]]
        if depth > 8:
            return None
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self.value(self._rng.choice(schema[key]), depth + 1)
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                part_value = self.value(part, depth + 1)
                if isinstance(part_value, dict):
                    merged.update(part_value)
            return merged
        if "enum" in schema:
            return self._rng.choice(schema["enum"])
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            props = schema.get("properties", {})
            return {name: self.value(sub, depth + 1) for name, sub in props.items()}
        if kind == "array":
            return [self.value(schema.get("items", {}), depth + 1) for _ in range(self._rng.randint(1, 2))]
        if kind == "integer":
            return self._rng.randint(1, 999)
        if kind == "number":
            return self._rng.choice([1, 2.5])
        if kind == "boolean":
            return self._rng.random() < 0.5
        if schema.get("format") == "date-time":
            return "2030-01-07T09:00:00.000Z"
        if schema.get("format") == "date":
            return "2030-01-07"
        if kind == "string":
            return "text"
        return {"free": "form"}


def _places(node: Any) -> Iterator[tuple[Any, Any]]:
    """(container, key) of every value inside ``node``."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            for key, value in current.items():
                yield current, key
                stack.append(value)
        elif isinstance(current, list):
            for index, value in enumerate(current):
                yield current, index
                stack.append(value)


def _read_everything(value: Any) -> tuple[int, int]:
    """Read every field of every model reachable from ``value``; a refused field does not stop
    the others (a field nobody reads never fails, and one bad field spoils no other).
    Returns (fields read, fields refused)."""
    reads = refused = 0
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, ApiModel):
            for cls in type(node).__mro__:
                for name, attr in vars(cls).items():
                    if not isinstance(attr, Field):
                        continue
                    try:
                        got = getattr(node, name)
                    except ResponseValidationError:
                        refused += 1
                        continue
                    assert getattr(node, name) is got  # cached: the same object again
                    reads += 1
                    stack.append(got)
            node.to_dict()
            _ = node.model_extra
        elif isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, Enum):
            _ = node.value
        else:
            assert node is None or isinstance(node, str | int | float | bool | dict | datetime | date | Unset)
    return reads, refused


def _cases() -> list[tuple[str, dict[str, Any]]]:
    doc = normalised_spec()
    cases = []
    for _path, _method, op in iter_operations(doc):
        name = ".".join(op[X_RESOURCE]) + "." + op[X_METHOD]
        schema: dict[str, Any] = {}
        for code, response in op.get("responses", {}).items():
            if code.startswith("2"):
                for media in response.get("content", {}).values():
                    schema = media.get("schema", {})
        cases.append((name, schema))
    return cases


_OPERATIONS = {operation.name: operation for operation in OPERATIONS}
TOTALS: dict[str, dict[str, int]] = {}
CASES = _cases()


def test_every_operation_is_fuzzed() -> None:
    assert len(CASES) == len(OPERATIONS) == 230 == len({name for name, _ in CASES}) == len(_OPERATIONS)


@pytest.mark.parametrize(("name", "schema"), CASES, ids=[c[0] for c in CASES])
def test_hostile_values_read_as_typed_errors(name: str, schema: dict[str, Any]) -> None:
    operation = _OPERATIONS[name]
    rng = random.Random(f"{SEED}:{name}")
    builder = _Body(normalised_spec(), rng)
    untyped: list[str] = []
    outcomes = TOTALS.setdefault(name, {"read": 0, "refused": 0, "fields": 0, "fields_refused": 0})
    for attempt in range(MUTATIONS_PER_OPERATION + 1):
        body = builder.value(schema) if schema else {"status": "success", "data": None}
        places = list(_places(body))
        if attempt and places:  # attempt 0: the body as the document describes it
            for container, key in rng.sample(places, k=min(len(places), rng.randint(1, 3))):
                container[key] = rng.choice(HOSTILE)
        try:
            parsed = operation.parse(body)
            # A list operation parses one page: its items, and the server's pagination object.
            results = [parsed[0]] if isinstance(operation, PagedOperation) else [parsed]
            for result in results:
                reads, refused = _read_everything(result)
                outcomes["fields"] += reads
                outcomes["fields_refused"] += refused
        except ResponseValidationError:  # the top-level shape (envelope, data) was refused
            outcomes["refused"] += 1
        except Exception as exc:  # the point of the test: nothing untyped escapes
            untyped.append(f"attempt {attempt}: {type(exc).__name__}: {str(exc)[:200]}")
        else:
            outcomes["read"] += 1
    assert untyped == [], f"{name}: {len(untyped)} untyped errors: {untyped[:3]}"


def test_fuzz_summary() -> None:
    """Runs after the per-operation cases (same module, file order): the figures of the fuzz."""
    if len(TOTALS) < len(CASES):
        pytest.skip("the per-operation cases were deselected")
    cases = sum(t["read"] + t["refused"] for t in TOTALS.values())
    refused = sum(t["refused"] for t in TOTALS.values())
    fields = sum(t["fields"] for t in TOTALS.values())
    fields_refused = sum(t["fields_refused"] for t in TOTALS.values())
    print(
        f"read fuzz: {cases} cases over {len(TOTALS)} operations; {refused} bodies refused whole "
        f"(envelope or data), {fields} fields read, {fields_refused} fields refused with "
        "ResponseValidationError, 0 untyped errors"
    )
    assert cases == len(CASES) * (MUTATIONS_PER_OPERATION + 1)
    assert fields_refused > 0 and fields > 10 * cases
