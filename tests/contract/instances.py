"""Build a valid value for an OpenAPI 3.0 schema from the document's own examples and constraints.

Used by the Prism contract suite to call every operation with arguments the document itself says
are valid, instead of 230 hand-written calls. Preference order for each schema:

1. ``example`` / ``examples`` / ``default`` / ``enum[0]`` / ``const`` — when it validates against
   the schema (documents carry stale examples);
2. otherwise a value synthesised from the type and constraints: required properties only,
   ``allOf`` merged, the first ``oneOf``/``anyOf`` variant that makes the whole schema valid,
   ``format`` (date-time, date, email, uuid, uri), ``minimum``/``maximum``, ``minLength``,
   ``minItems``.

Validation is local (``jsonschema``, with OpenAPI's ``nullable`` translated), so a value that
cannot satisfy a ``oneOf`` is detected here and reported, not guessed at.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import jsonschema

JSON = dict[str, Any]

_MAX_DEPTH = 14
_FORMATS: dict[str, str] = {
    "date-time": "2030-01-07T09:00:00Z",
    "date": "2030-01-07",
    "time": "09:00:00",
    "email": "contract@example.com",
    "uuid": "2f6a1b9e-1c55-4f7e-9f0e-6d5f1f3d2c11",
    "uri": "https://example.com/contract",
    "url": "https://example.com/contract",
}


def _to_json_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema objects -> JSON Schema: ``nullable: true`` becomes ``anyOf [.., null]``."""
    if isinstance(node, list):
        return [_to_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _to_json_schema(value) for key, value in node.items()}
    if out.pop("nullable", False) is True:
        return {"anyOf": [out, {"type": "null"}]}
    return out


class InstanceGenerator:
    """``InstanceGenerator(doc).value(schema)``: a value the document considers valid."""

    def __init__(self, doc: JSON) -> None:
        self._doc = doc
        self._components = _to_json_schema(copy.deepcopy(doc.get("components", {})))
        self._checker = jsonschema.FormatChecker()

    # -- validation ----------------------------------------------------------------------------

    def errors(self, schema: JSON, value: Any) -> list[str]:
        """Why ``value`` is invalid for ``schema`` (empty when it is valid)."""
        wrapped = {"allOf": [_to_json_schema(schema)], "components": self._components}
        validator = jsonschema.Draft7Validator(wrapped, format_checker=self._checker)
        return [
            f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
            for e in validator.iter_errors(value)
        ]

    def is_valid(self, schema: JSON, value: Any) -> bool:
        return not self.errors(schema, value)

    # -- generation ----------------------------------------------------------------------------

    def resolve(self, schema: JSON) -> JSON:
        seen = 0
        while "$ref" in schema and seen < 50:
            ref = schema["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"external $ref not supported: {ref}")
            node: Any = self._doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            schema = node
            seen += 1
        return schema

    def value(self, schema: JSON, name: str = "") -> Any:
        return self._value(schema, name, 0)

    def _candidates(self, schema: JSON) -> Iterator[Any]:
        if "example" in schema:
            yield copy.deepcopy(schema["example"])
        examples = schema.get("examples")
        if isinstance(examples, list):
            yield from (copy.deepcopy(e) for e in examples)
        elif isinstance(examples, dict):
            for example in examples.values():
                if isinstance(example, dict) and "value" in example:
                    yield copy.deepcopy(example["value"])
        if "default" in schema:
            yield copy.deepcopy(schema["default"])
        if schema.get("enum"):
            yield copy.deepcopy(schema["enum"][0])
        if "const" in schema:
            yield copy.deepcopy(schema["const"])

    def _value(self, schema: JSON, name: str, depth: int) -> Any:
        target = self.resolve(schema)
        for candidate in self._candidates(target):
            if self.is_valid(schema, candidate):
                return candidate
        if depth > _MAX_DEPTH:
            return None
        if "allOf" in target:
            return self._all_of(target, name, depth)
        for key in ("oneOf", "anyOf"):
            if key in target:
                return self._one_of(target, key, name, depth)
        kind = target.get("type")
        if kind == "object" or (kind is None and "properties" in target):
            return self._object(target, depth)
        if kind == "array":
            return self._array(target, name, depth)
        if kind == "integer":
            return int(self._number(target, 1))
        if kind == "number":
            return self._number(target, 1)
        if kind == "boolean":
            return True
        return self._string(target, name)

    def _all_of(self, schema: JSON, name: str, depth: int) -> Any:
        merged: Any = None
        for part in schema["allOf"]:
            value = self._value(part, name, depth + 1)
            if isinstance(merged, dict) and isinstance(value, dict):
                merged.update(value)
            elif merged is None:
                merged = value
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        if "properties" in rest and isinstance(merged, dict):
            merged.update(self._object(rest, depth))
        return merged

    def _one_of(self, schema: JSON, key: str, name: str, depth: int) -> Any:
        values = [self._value(variant, name, depth + 1) for variant in schema[key]]
        for value in values:
            if self.is_valid(schema, value):
                return value
        return values[0]  # nothing satisfies the whole schema: the caller's check will say why

    def _object(self, schema: JSON, depth: int) -> JSON:
        props: JSON = schema.get("properties", {})
        out: JSON = {}
        for prop in schema.get("required", []):
            out[prop] = self._value(props.get(prop, {}), prop, depth + 1)
        return out

    def _array(self, schema: JSON, name: str, depth: int) -> list[Any]:
        items = schema.get("items", {})
        count = max(1, int(schema.get("minItems", 1)))
        resolved = self.resolve(items)
        if resolved.get("enum") and len(resolved["enum"]) >= count:
            return list(resolved["enum"][:count])
        return [self._value(items, name, depth + 1) for _ in range(count)]

    @staticmethod
    def _number(schema: JSON, fallback: float) -> float:
        value = fallback
        if "minimum" in schema:
            value = max(value, schema["minimum"] + (1 if schema.get("exclusiveMinimum") is True else 0))
        if "maximum" in schema:
            value = min(value, schema["maximum"] - (1 if schema.get("exclusiveMaximum") is True else 0))
        return value

    @staticmethod
    def _string(schema: JSON, name: str) -> str:
        fmt = schema.get("format")
        if isinstance(fmt, str) and fmt in _FORMATS:
            return _FORMATS[fmt]
        lowered = name.lower()
        if "email" in lowered:
            text = _FORMATS["email"]
        elif lowered.endswith(("url", "uri")):
            text = _FORMATS["uri"]
        elif lowered == "timezone":
            text = "Europe/London"
        else:
            text = f"contract-{name or 'value'}"
        min_length = int(schema.get("minLength", 0))
        if len(text) < min_length:
            text += "x" * (min_length - len(text))
        max_length = schema.get("maxLength")
        if isinstance(max_length, int):
            text = text[:max_length]
        return text
