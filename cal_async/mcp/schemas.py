"""Tool input schemas: what an operation takes, as one JSON Schema object.

The operation descriptions say where each argument goes and whether it is required
(``Operation.params``); the normalised API document says its type, format, bounds, enum and
description, and the shape of a request body. The generator carries the document's side as data
(``cal_async/_generated/request_schemas.json``, written by ``openapi/request_schemas.py`` on every
``make regen``), so a tool's schema follows the same document and the same repairs (integer ids,
time formats, server facts) as the SDK's typed models, with nothing listed by hand.

The document's schemas are OpenAPI 3.0 Schema Objects; tools take JSON Schema 2020-12, so they are
translated (:func:`json_schema`): ``nullable`` becomes a ``null`` type, ``example`` becomes
``examples``, references point into the tool schema's own ``$defs``, and ``oneOf`` becomes
``anyOf``: the server takes a body that fits any of the variants (Nest validates the first DTO
that matches), while JSON Schema's ``oneOf`` refuses one that happens to fit two.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from typing import Any, Final

import attrs
import orjson

from .._operation import Operation

__all__ = ["RequestSchemas", "json_schema"]

JSON = dict[str, Any]

_DATA: Final = "request_schemas.json"
_COMPONENT_REF: Final = "#/components/schemas/"
_DEFS_REF: Final = "#/$defs/"
# Keywords whose value is a schema, a list of schemas, or a map of names to schemas.
_ONE_SCHEMA: Final = ("items", "not", "additionalProperties")
_SCHEMA_LISTS: Final = ("allOf", "anyOf", "oneOf")
# OpenAPI-only keywords a JSON Schema validator does not know (vendor extensions are dropped too).
_OPENAPI_ONLY: Final = frozenset({"nullable", "example", "externalDocs", "discriminator", "xml"})


def json_schema(schema: Mapping[str, Any]) -> JSON:
    """An OpenAPI 3.0 Schema Object as JSON Schema 2020-12 (see the module's docstring)."""
    out: JSON = {}
    for key, value in schema.items():
        if key in _OPENAPI_ONLY or key.startswith("x-"):
            continue
        if key == "$ref":
            out[key] = _DEFS_REF + value.removeprefix(_COMPONENT_REF)
        elif key == "properties":
            out[key] = {name: json_schema(sub) for name, sub in value.items()}
        elif key in _ONE_SCHEMA and isinstance(value, Mapping):
            out[key] = json_schema(value)
        elif key in _SCHEMA_LISTS:
            out["anyOf" if key == "oneOf" else key] = [json_schema(sub) for sub in value]
        elif key == "description" and isinstance(value, str):
            out[key] = " ".join(value.split())  # the document indents its long descriptions
        else:
            out[key] = value
    if "example" in schema:
        out["examples"] = [schema["example"]]
    if schema.get("nullable") is True:
        out = _nullable(out)
    return out


def _nullable(schema: JSON) -> JSON:
    kind = schema.get("type")
    if isinstance(kind, str):
        schema["type"] = [kind, "null"]
        if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
            schema["enum"] = [*schema["enum"], None]
        return schema
    # A reference or a combination: null is one more alternative (its annotations stay outside).
    notes: JSON = {
        k: schema.pop(k) for k in ("description", "examples", "default", "deprecated") if k in schema
    }
    return {"anyOf": [schema, {"type": "null"}], **notes}


@attrs.frozen(slots=True)
class RequestSchemas:
    """The generated data: each operation's parameters and body, and the component schemas they
    refer to, as the normalised document writes them. ``load()`` reads the packaged file."""

    operations: Mapping[str, Any]
    components: Mapping[str, Any]

    @classmethod
    def load(cls) -> RequestSchemas:
        data = orjson.loads(resources.files("cal_async._generated").joinpath(_DATA).read_bytes())
        return cls(data["operations"], data["components"])

    def _taken(self, operation: Operation[Any]) -> Mapping[str, Any]:
        taken: Mapping[str, Any] | None = self.operations.get(operation.name)
        if taken is None:
            raise LookupError(
                f"{_DATA} has no schemas for {operation.name}: regenerate (make regen) so that the "
                "operation table and the schemas come from the same document"
            )
        return taken

    def parameter(self, operation: Operation[Any], key: str) -> JSON:
        """The schema of one path or query parameter of ``operation`` (by its JSON name), with the
        document's description, example and deprecation."""
        facts = self._taken(operation)["parameters"].get(key)
        if facts is None:
            raise LookupError(f"{_DATA}: {operation.name} has no parameter {key!r}: regenerate (make regen)")
        schema = json_schema(facts["schema"])
        if "description" in facts:
            schema["description"] = " ".join(str(facts["description"]).split())
        if "example" in facts and "examples" not in schema:
            schema["examples"] = [facts["example"]]
        if facts.get("deprecated") is True:
            schema["deprecated"] = True
        return schema

    def body(self, operation: Operation[Any]) -> JSON:
        """The JSON schema of ``operation``'s request body, with the document's description."""
        body = self._taken(operation).get("body")
        if body is None:
            raise LookupError(f"{_DATA}: {operation.name} takes no body: regenerate (make regen)")
        schema = json_schema(body["schema"])
        if body.get("description"):
            schema = {**schema, "description": " ".join(str(body["description"]).split())}
        return schema

    def component(self, name: str) -> JSON:
        """A reference to a component schema (``CreateBookingAttendee``), for :meth:`object_schema`
        to bring along."""
        if name not in self.components:
            raise LookupError(f"{_DATA} has no component schema {name!r}")
        return {"$ref": _DEFS_REF + name}

    def component_properties(self, name: str, keys: Iterable[str]) -> JSON:
        """Some properties of a component schema, each as a schema of its own."""
        properties = self.components[name].get("properties", {})
        return {key: json_schema(properties[key]) for key in keys}

    def object_schema(self, properties: Mapping[str, JSON], required: Sequence[str]) -> JSON:
        """A tool's input schema: an object of ``properties`` (no others), with the component
        schemas their references reach under ``$defs``."""
        schema: JSON = {"type": "object", "properties": dict(properties), "additionalProperties": False}
        if required:
            schema["required"] = list(required)
        defs = self._defs(properties)
        if defs:
            schema["$defs"] = defs
        return schema

    def _defs(self, roots: object) -> JSON:
        found: JSON = {}
        pending = [roots]
        while pending:
            for name in _refs(pending.pop()):
                if name not in found:
                    found[name] = json_schema(self.components[name])
                    pending.append(found[name])
        return {name: found[name] for name in sorted(found)}


def _refs(node: object) -> Iterable[str]:
    """The component names ``node`` refers to (``#/$defs/<name>``), anywhere inside it."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, Mapping):
            ref = current.get("$ref")
            if isinstance(ref, str) and ref.startswith(_DEFS_REF):
                yield ref[len(_DEFS_REF) :]
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
