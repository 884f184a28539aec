"""What an SDK user sees of a normalised API document: the surface the diff compares.

``surface_of(doc)`` reads the document after ``normalize`` (so names are the SDK's: schema names
without version suffixes, ``x-cal-resource``/``x-cal-method``) and keeps only what a caller's
code touches:

- every operation as ``cal.<resource>.<method>``: its route, ``cal-api-version``, deprecation,
  parameters (path and query ones by JSON name, the request body as ``body``) and result type
  (the envelope's ``data``, or the whole body);
- every model (component schema) by name, and for the models an operation returns or accepts
  (directly or nested), their fields: JSON name, type, required, nullable, enum values and
  deprecation, and whether the model is read (``result``), sent (``body``) or both.

Types are spelled the way the generated code types them, without nullability (kept apart so
that "became nullable" is its own change): ``str``, ``datetime``, ``list[Booking]``, a model's
name, ``A | B`` for a ``oneOf`` (members sorted). An inline object's fields are listed as a model named
``Parent.field``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from .document import JSON, SCHEMA_REF, X_API_VERSION, X_METHOD, X_RESOURCE, iter_operations

__all__ = ["FieldSurface", "ModelSurface", "OperationSurface", "ParamSurface", "Surface", "surface_of"]

RESULT, BODY = "result", "body"


@dataclass(frozen=True)
class ParamSurface:
    """One argument of a generated method: a path or query parameter, or the body."""

    key: str  # the JSON name; ``body`` for the request body
    python_name: str
    location: str  # path, query or body
    required: bool
    type: str
    enum: tuple[str, ...] = ()
    deprecated: bool = False


@dataclass(frozen=True)
class OperationSurface:
    name: str  # ``bookings.list``: where the method lives on ``cal``
    http_method: str
    path: str
    operation_id: str
    api_version: str | None
    deprecated: bool
    params: dict[str, ParamSurface]
    result: str

    @property
    def route(self) -> str:
        return f"{self.http_method} {self.path}"


@dataclass(frozen=True)
class FieldSurface:
    key: str
    type: str
    required: bool
    nullable: bool
    enum: tuple[str, ...] = ()
    deprecated: bool = False


@dataclass(frozen=True)
class ModelSurface:
    name: str
    fields: dict[str, FieldSurface]
    enum: tuple[str, ...] = ()  # a schema that is itself an enum
    roles: frozenset[str] = frozenset()  # read from results, sent in bodies, both, or neither


@dataclass(frozen=True)
class Surface:
    operations: dict[str, OperationSurface]
    models: dict[str, ModelSurface]
    components: frozenset[str] = field(default_factory=frozenset)  # every schema: a public class


def _dict(value: object) -> JSON:
    return value if isinstance(value, dict) else {}


def _ref_name(schema: JSON) -> str | None:
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
        return ref[len(SCHEMA_REF) :]
    return None


def _members(schema: JSON) -> list[JSON]:
    """The alternatives of a ``oneOf``/``anyOf`` (or a one-element ``allOf``), else the schema."""
    for key in ("oneOf", "anyOf"):
        options = schema.get(key)
        if isinstance(options, list) and options:
            return [m for option in options if isinstance(option, dict) for m in _members(option)]
    parts = schema.get("allOf")
    if isinstance(parts, list) and len(parts) == 1 and isinstance(parts[0], dict):
        return _members(parts[0])
    return [schema]


def _is_null(schema: JSON) -> bool:
    return schema.get("type") == "null" or schema.get("enum") == [None]


def nullable(schema: JSON) -> bool:
    return schema.get("nullable") is True or any(_is_null(m) for m in _members(schema))


def _has_fields(schema: JSON) -> bool:
    return isinstance(schema.get("properties"), dict) and bool(schema["properties"])


def type_of(schema: JSON, inline_name: str = "object") -> str:
    """How the generated code types ``schema`` (nullability left out)."""
    parts = {_one_type(m, inline_name) for m in _members(schema) if not _is_null(m)}
    return " | ".join(sorted(parts)) if parts else "None"  # sorted: the order of a oneOf is no change


def _one_type(schema: JSON, inline_name: str) -> str:
    if (name := _ref_name(schema)) is not None:
        return name
    kind = schema.get("type")
    if kind == "array":
        items = schema.get("items")
        return f"list[{type_of(items, inline_name) if isinstance(items, dict) else 'Any'}]"
    if kind == "string":
        return {"date-time": "datetime", "date": "date"}.get(str(schema.get("format")), "str")
    if kind in ("integer", "number", "boolean"):
        return {"integer": "int", "number": "float", "boolean": "bool"}[kind]
    if kind == "object" or "properties" in schema or "additionalProperties" in schema:
        if _has_fields(schema):
            return inline_name
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            return f"dict[str, {type_of(extra, inline_name)}]"
        return "dict"
    if isinstance(schema.get("enum"), list):
        return "str"
    return "Any"


def enum_of(schema: JSON) -> tuple[str, ...]:
    """The values of an enum (or of an array's enum items), in the document's order."""
    for member in _members(schema):
        target = member.get("items") if member.get("type") == "array" else member
        values = target.get("enum") if isinstance(target, dict) else None
        if isinstance(values, list):
            return tuple(str(v) for v in values if v is not None)
    return ()


def _refs(schema: Any) -> Iterator[str]:
    """Every component a schema names, at any depth."""
    stack = [schema]
    while stack:
        cur = stack.pop()
        if isinstance(cur, dict):
            if (name := _ref_name(cur)) is not None:
                yield name
            stack.extend(cur.values())
        elif isinstance(cur, list):
            stack.extend(cur)


def _json_body(container: JSON) -> JSON | None:
    content = container.get("content")
    if not isinstance(content, dict):
        return None
    media = content.get("application/json") or next(iter(content.values()), None)
    schema = media.get("schema") if isinstance(media, dict) else None
    return schema if isinstance(schema, dict) else None


def _success_schema(op: JSON) -> JSON | None:
    responses = op.get("responses") or {}
    for code in sorted(responses):
        if str(code).startswith("2") and isinstance(responses[code], dict):
            return _json_body(responses[code])
    return None


def _resolve(doc: JSON, schema: JSON) -> JSON:
    name = _ref_name(schema)
    target = doc.get("components", {}).get("schemas", {}).get(name) if name else None
    return target if isinstance(target, dict) else schema


def result_schema(doc: JSON, op: JSON) -> JSON | None:
    """What a call returns: the ``data`` of a ``{status, data}`` envelope, else the body."""
    schema = _success_schema(op)
    if schema is None:
        return None
    props = _resolve(doc, schema).get("properties")
    if isinstance(props, dict) and "data" in props and "status" in props and isinstance(props["data"], dict):
        return props["data"]
    return schema


def _param(raw: JSON) -> ParamSurface:
    schema = _dict(raw.get("schema"))
    return ParamSurface(
        key=str(raw["name"]),
        python_name=str(PythonIdentifier(str(raw["name"]), prefix="field_")),
        location=str(raw.get("in")),
        required=raw.get("required") is True,
        type=type_of(schema),
        enum=enum_of(schema),
        deprecated=raw.get("deprecated") is True,
    )


def _operation(doc: JSON, path: str, method: str, op: JSON) -> OperationSurface:
    params = [
        _param(p)
        for p in op.get("parameters", [])
        if isinstance(p, dict) and p.get("in") in ("path", "query") and "name" in p
    ]
    request = op.get("requestBody")
    body = _json_body(request) if isinstance(request, dict) else None
    if body is not None:
        assert isinstance(request, dict)
        params.append(ParamSurface("body", "body", "body", request.get("required") is True, type_of(body)))
    result = result_schema(doc, op)
    return OperationSurface(
        name=".".join([*op[X_RESOURCE], op[X_METHOD]]),
        http_method=method.upper(),
        path=path,
        operation_id=str(op.get("x-cal-original-operation-id") or op.get("operationId") or ""),
        api_version=op.get(X_API_VERSION),
        deprecated=op.get("deprecated") is True,
        params={p.key: p for p in params},
        result=type_of(result) if result is not None else "Any",
    )


def _roles(doc: JSON) -> dict[str, set[str]]:
    """Which components each role reaches: those a result names, those a body names, nested."""
    schemas = doc.get("components", {}).get("schemas", {})
    reached: dict[str, set[str]] = {}
    for _, _, op in iter_operations(doc):
        request = op.get("requestBody")
        starts = [
            (RESULT, result_schema(doc, op)),
            (BODY, _json_body(request) if isinstance(request, dict) else None),
        ]
        for role, schema in starts:
            stack = list(_refs(schema)) if schema is not None else []
            while stack:
                name = stack.pop()
                if role in reached.setdefault(name, set()) or name not in schemas:
                    continue
                reached[name].add(role)
                stack.extend(_refs(schemas[name]))
    return reached


def _field(schema: JSON, key: str, required: bool, inline_name: str) -> FieldSurface:
    return FieldSurface(
        key=key,
        type=type_of(schema, inline_name),
        required=required,
        nullable=nullable(schema),
        enum=enum_of(schema),
        deprecated=schema.get("deprecated") is True,
    )


def _models(name: str, schema: JSON, roles: frozenset[str]) -> Iterator[ModelSurface]:
    """The model and the inline objects among its fields (``Parent.field``)."""
    props = _dict(schema.get("properties"))
    required = set(schema.get("required") or [])
    fields: dict[str, FieldSurface] = {}
    for key, prop in props.items():
        if not isinstance(prop, dict):
            continue
        inline = f"{name}.{key}"
        fields[key] = _field(prop, key, key in required, inline)
        for member in _members(prop):
            target = member.get("items") if member.get("type") == "array" else member
            if isinstance(target, dict) and _ref_name(target) is None and _has_fields(target):
                yield from _models(inline, target, roles)
    yield ModelSurface(name, fields, enum_of(schema) if not fields else (), roles)


def surface_of(doc: JSON) -> Surface:
    """The SDK surface of a normalised document."""
    operations = {}
    for path, method, op in iter_operations(doc):
        surface = _operation(doc, path, method, op)
        operations[surface.name] = surface
    schemas = doc.get("components", {}).get("schemas", {})
    reached = _roles(doc)
    models: dict[str, ModelSurface] = {}
    for name, schema in schemas.items():
        if isinstance(schema, dict):
            for model in _models(name, schema, frozenset(reached.get(name, ()))):
                models[model.name] = model
    return Surface(operations, models, frozenset(schemas))
