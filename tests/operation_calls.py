"""Shared by the per-operation suites: the normalised document, and how to call any operation's
typed method with sample arguments."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

import pytest

from cal_async import CalClient
from openapi.document import iter_operations
from openapi.normalize import normalize
from tests.conftest import CURRENT_SPEC, require_spec

BASE = "https://api.cal.test"
KEY = "cal_" + "0123456789abcdef" * 2


@cache
def normalised_spec() -> dict[str, Any]:
    return normalize(json.loads(require_spec(CURRENT_SPEC).read_text()))


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return normalised_spec()


def spec_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return list(iter_operations(spec))


def resolve(client: CalClient, resource: str, method: str) -> Any:
    target: Any = client
    for part in resource.split("."):
        target = getattr(target, part)
    return getattr(target, method)


def sample(schema: dict[str, Any], name: str) -> tuple[Any, Any]:
    """(python value to pass, expected query-string value)."""
    if "enum" in schema:
        v = schema["enum"][0]
        return v, str(v)
    kind = schema.get("type")
    if schema.get("format") == "date-time":
        return datetime(2030, 1, 7, 9, 30, tzinfo=UTC), "2030-01-07T09:30:00.000Z"
    if schema.get("format") == "date":
        return date(2030, 1, 7), "2030-01-07"
    if kind == "integer":
        return 7, "7"
    if kind == "number":
        return 2.5, "2.5"
    if kind == "boolean":
        return True, "true"
    if kind == "array":
        item, text = sample(schema.get("items", {}), name)
        return [item], [text]
    return f"v-{name}", f"v-{name}"


def _data_schema(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    for code, resp in op.get("responses", {}).items():
        if code.startswith("2"):
            for media in resp.get("content", {}).values():
                schema = media.get("schema", {})
                while "$ref" in schema:
                    schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
                data: dict[str, Any] = schema.get("properties", {}).get("data", schema)
                while "$ref" in data:
                    data = spec["components"]["schemas"][data["$ref"].rsplit("/", 1)[-1]]
                return data
    return {}


def data_is_list(spec: dict[str, Any], op: dict[str, Any]) -> bool:
    return _data_schema(spec, op).get("type") == "array"


_SCALARS: dict[str, Any] = {"string": "ok", "integer": 1, "number": 1.5, "boolean": True}


def sample_envelope(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    """A success envelope whose ``data`` has the declared top-level shape (list, object, scalar)."""
    data = _data_schema(spec, op)
    kind = data.get("type")
    paged = {"take", "limit"} & {p["name"] for p in op.get("parameters", [])}
    value: Any = [] if kind == "array" or (paged and not data) else _SCALARS.get(str(kind), {})
    return {"status": "success", "data": value}
