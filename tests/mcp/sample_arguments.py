"""Arguments for a tool, made from its input schema alone (as an agent reading it would).

``sample_arguments(schema, full=False)`` fills the required properties, ``full=True`` every
property (nested objects too, to a bounded depth). A schema's own example is used when it fits
the schema; otherwise a value is made from its type, format, enum and bounds.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jsonschema import Draft202012Validator

_MAX_DEPTH = 4


class _Sampler:
    def __init__(self, root: Mapping[str, Any], full: bool) -> None:
        self.defs: Mapping[str, Any] = root.get("$defs", {})
        self.full = full

    def fits(self, value: Any, schema: Mapping[str, Any]) -> bool:
        return Draft202012Validator({**schema, "$defs": self.defs}).is_valid(value)

    def value(self, schema: Mapping[str, Any], depth: int, key: str = "") -> Any:
        if "$ref" in schema:
            target = self.defs[schema["$ref"].removeprefix("#/$defs/")]
            return self.value({**target, **{k: v for k, v in schema.items() if k != "$ref"}}, depth, key)
        if "const" in schema:
            return schema["const"]
        for example in schema.get("examples", ()):
            if example is not None and self.fits(example, schema):
                return example
        if schema.get("enum"):
            return next(v for v in schema["enum"] if v is not None)
        if "anyOf" in schema:
            choices = [s for s in schema["anyOf"] if s.get("type") != "null"]
            return self.value(choices[0], depth, key)
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                part_value = self.value(part, depth)
                if not isinstance(part_value, dict):
                    return part_value
                merged.update(part_value)
            own = self._object(schema, depth) if "properties" in schema else {}
            return {**merged, **own}
        kind = schema.get("type", "string")
        if isinstance(kind, list):
            kind = next(k for k in kind if k != "null")
        if kind == "object":
            return self._object(schema, depth)
        if kind == "array":
            items = schema.get("items", {"type": "string"})
            return [self.value(items, depth + 1)]
        if kind == "integer":
            return max(int(schema.get("minimum", 1)), 1) if "maximum" not in schema else schema["maximum"]
        if kind == "number":
            return float(schema.get("minimum", 1.5))
        if kind == "boolean":
            return True
        return self._string(schema, key)

    def _object(self, schema: Mapping[str, Any], depth: int) -> dict[str, Any]:
        required = set(schema.get("required", ()))
        out: dict[str, Any] = {}
        for key, sub in schema.get("properties", {}).items():
            wanted = key in required or (self.full and depth < _MAX_DEPTH and not sub.get("deprecated"))
            if wanted:
                out[key] = self.value(sub, depth + 1, key)
        return out

    def _string(self, schema: Mapping[str, Any], key: str) -> str:
        fmt = schema.get("format")
        if fmt == "date-time":
            return "2030-01-07T09:00:00Z"
        if fmt == "date":
            return "2030-01-07"
        if "pattern" in schema and "\\+" in schema["pattern"]:
            return "+14155550100"
        if key.lower().endswith("url"):  # what a URL field's owner checks (webhooks' subscriberUrl)
            return "https://example.com/sample"
        return "sample-value".ljust(int(schema.get("minLength", 1)), "x")


def sample_arguments(schema: Mapping[str, Any], *, full: bool = False) -> dict[str, Any]:
    """Arguments for the tool whose input schema is ``schema`` (see the module's docstring)."""
    value = _Sampler(schema, full)._object(schema, 0)
    assert isinstance(value, dict)
    return value
