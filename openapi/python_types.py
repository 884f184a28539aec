"""How each property of the document is typed in the generated Python code.

For every openapi-python-client property this gives three spellings that must agree:

- ``annotation``: what a read returns (``datetime.datetime``, ``list[BookingHost]``, ...);
- ``decoder``: the runtime expression (``cal_async._fields``) that turns the JSON value into that
  type, or raises a mismatch;
- ``body``: what a request ``TypedDict`` accepts for it (JSON names; nested objects as their own
  ``TypedDict`` or model; enums as the enum or one of its literal values).

It also collects the model and enum classes each spelling names, so templates can import them:
enums at run time (decoders call them), models only for type checking (they form cycles and are
resolved lazily by module name).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser.properties import ModelProperty, Property
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty

JSON = dict[str, Any]

__all__ = ["PyType", "body_dict_name", "has_fields", "py_type"]


@dataclass
class PyType:
    annotation: str
    decoder: str
    body: str
    models: set[tuple[str, str]] = field(default_factory=set)  # (module, class)
    enums: set[tuple[str, str]] = field(default_factory=set)
    body_dicts: set[tuple[str, str]] = field(default_factory=set)

    def inside(self, annotation: str, decoder: str, body: str) -> PyType:
        """This type inside a container: ``{}`` in each spelling stands for this type's own."""
        return PyType(
            annotation.format(self.annotation),
            decoder.format(self.decoder),
            body.format(self.body),
            self.models,
            self.enums,
            self.body_dicts,
        )

    def include(self, other: PyType, *, request: bool = True) -> None:
        """Collect the classes ``other`` names; a result needs no request ``TypedDict``s."""
        self.models |= other.models
        self.enums |= other.enums
        if request:
            self.body_dicts |= other.body_dicts


def _scalar(annotation: str, decoder: str) -> PyType:
    """A type spelled the same in reads and request bodies, naming no class."""
    return PyType(annotation, decoder, annotation)


# Checked in order: the property kinds that map to one Python name, and its decoder.
_SCALARS: tuple[tuple[type[Property], str, str], ...] = (
    (StringProperty, "str", "STR"),
    (DateTimeProperty, "datetime.datetime", "DATETIME"),
    (DateProperty, "datetime.date", "DATE"),
    (IntProperty, "int", "INT"),
    (FloatProperty, "float", "FLOAT"),
    (BooleanProperty, "bool", "BOOL"),
    (NoneProperty, "None", "NULL"),
    (AnyProperty, "Any", "ANY"),
)


def body_dict_name(model_class: str) -> str:
    """The request ``TypedDict`` of a model: ``CreateBookingInput`` -> ``CreateBookingInputDict``."""
    return f"{model_class}Dict"


def has_fields(prop: Any) -> bool:
    return bool((prop.required_properties or []) + (prop.optional_properties or []))


def _class(prop: Any) -> tuple[str, str]:
    return str(prop.class_info.module_name), str(prop.class_info.name)


def py_type(prop: Any) -> PyType:
    """The Python typing of one property (required-ness is the caller's: add ``| Unset``)."""
    for kind, annotation, decoder in _SCALARS:
        if isinstance(prop, kind):
            return _scalar(annotation, decoder)
    if isinstance(prop, EnumProperty):
        module, name = _class(prop)
        values = sorted({repr(v) for v in prop.values.values()})
        literal = f"Literal[{', '.join(values)}]"
        return PyType(name, f"enum_of({name})", f"{name} | {literal}", enums={(module, name)})
    if isinstance(prop, ModelProperty) and not has_fields(prop) and _is_property(prop.additional_properties):
        # An object of arbitrary keys whose values share one schema (a date -> slots map).
        return py_type(prop.additional_properties).inside("dict[str, {}]", "dict_of({})", "Mapping[str, {}]")
    if isinstance(prop, ModelProperty):
        module, name = _class(prop)
        if has_fields(prop):
            body = f"{name} | {body_dict_name(name)}"
            dicts = {(module, body_dict_name(name))}
        else:  # a free-form object: any JSON object
            body, dicts = f"{name} | Mapping[str, Any]", set()
        return PyType(name, f'model("{module}", "{name}")', body, models={(module, name)}, body_dicts=dicts)
    if isinstance(prop, ListProperty):
        return py_type(prop.inner_property).inside("list[{}]", "list_of({})", "Sequence[{}]")
    if isinstance(prop, UnionProperty):
        parts = [py_type(p) for p in prop.inner_properties]
        nullable = any(p.annotation == "None" for p in parts)
        rest = [p for p in parts if p.annotation != "None"]
        if not rest:
            return _scalar("None", "NULL")
        decoder = rest[0].decoder if len(rest) == 1 else f"one_of({', '.join(p.decoder for p in rest)})"
        if nullable:
            decoder = f"nullable({decoder})"
        annotation = " | ".join(_unique([p.annotation for p in rest] + (["None"] if nullable else [])))
        body = " | ".join(_unique([p.body for p in rest] + (["None"] if nullable else [])))
        result = PyType(annotation, decoder, body)
        for p in parts:
            result.include(p)
        return result
    raise TypeError(f"no Python typing for {type(prop).__name__} {prop.name!r}")  # pragma: no cover


def _is_property(value: object) -> bool:
    return value is not None and not isinstance(value, bool) and not isinstance(value, AnyProperty)


def _unique(items: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


@dataclass
class FieldSpec:
    python_name: str
    json_name: str
    required: bool
    annotation: str  # what a read returns, ``| Unset`` included when optional
    decoder: str
    body: str  # the TypedDict value type
    description: str


@dataclass
class ModelSpec:
    fields: list[FieldSpec]
    runtime_imports: list[str]  # enum imports, needed by the decoders
    type_imports: list[str]  # model and TypedDict imports, for annotations only
    has_body_dict: bool


def _text(value: object) -> str:
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter is not None else (value or ""))


def model_spec(model: ModelProperty) -> ModelSpec:
    """Everything the model template needs to write one model class and its request TypedDict."""
    own_module = str(model.class_info.module_name)
    fields: list[FieldSpec] = []
    names = PyType("", "", "")  # collects the classes the fields name
    for prop in (model.required_properties or []) + (model.optional_properties or []):
        typed = py_type(prop)
        annotation = typed.annotation if prop.required else f"{typed.annotation} | Unset"
        fields.append(
            FieldSpec(
                python_name=str(prop.python_name),
                json_name=_text(prop.name),
                required=bool(prop.required),
                annotation=annotation,
                decoder=typed.decoder,
                body=typed.body,
                description=_text(getattr(prop, "description", "")).strip(),
            )
        )
        names.include(typed)
    runtime = sorted(f"from .{module} import {name}" for module, name in names.enums if module != own_module)
    by_module: dict[str, set[str]] = {}
    for module, name in names.models | names.body_dicts:
        if module != own_module:
            by_module.setdefault(module, set()).add(name)
    type_only = [f"from .{m} import {', '.join(sorted(names))}" for m, names in sorted(by_module.items())]
    return ModelSpec(fields, runtime, type_only, has_body_dict=bool(fields))


@dataclass
class ParamSpec:
    python_name: str
    json_name: str
    location: str  # "path", "query" or "body"
    annotation: str  # what the caller may pass, ``| Unset`` included when optional
    default: str | None  # Python source of the default, when optional
    source: str  # the runtime description: ``query("afterStart", "after_start")``


@dataclass
class OperationSpec:
    params: list[ParamSpec]  # in the call's order: path parameters, the body, then the query
    result: str  # what the method returns
    result_decoder: str
    enveloped: bool  # the result is the ``data`` of a ``{status: "success", data}`` envelope
    page_item: str | None  # for paged operations: one item's type and decoder
    page_item_decoder: str | None
    page_single: bool  # the document declares one item where the server sends a list
    runtime_imports: list[str] = field(default_factory=list)
    type_imports: list[str] = field(default_factory=list)

    @property
    def path_params(self) -> list[ParamSpec]:
        return [p for p in self.params if p.location == "path"]

    @property
    def keyword_params(self) -> list[ParamSpec]:
        """The body and the query parameters: keyword-only, required ones first."""
        return [p for p in self.params if p.location != "path"]


def _schema(raw: JSON) -> JSON:
    schema = raw.get("schema")
    return schema if isinstance(schema, dict) else {}


def _widened(prop: Any, typed: PyType, raw: JSON) -> str:
    """What a query parameter accepts, beyond the document's type: a date-time filter takes an
    aware ``datetime`` or a ``date`` (the server reads a bare ISO date as that day's UTC midnight);
    an array takes one item or a sequence of them (sent repeated, or comma-joined)."""
    schema = _schema(raw)
    if isinstance(prop, DateTimeProperty):
        return "datetime.datetime | datetime.date"
    if isinstance(prop, ListProperty) and schema.get("type") == "array":
        return f"{py_type(prop.inner_property).body} | {typed.body}"
    return typed.body


def _choices(raw: JSON) -> tuple[str, ...] | None:
    """The values a closed enum query parameter takes (one, or items of an array)."""
    schema = _schema(raw)
    items = schema.get("items") if schema.get("type") == "array" else schema
    values = items.get("enum") if isinstance(items, dict) else None
    if isinstance(values, list) and values and all(isinstance(v, str) for v in values):
        return tuple(values)
    return None


def _param(prop: Any, location: str, collect: PyType, raw: JSON) -> ParamSpec:
    typed = py_type(prop)
    collect.include(typed)
    default = None
    if not prop.required:
        code = getattr(prop, "default", None)
        default = code.python_code.as_unembedded_code() if code is not None else "UNSET"
    accepted = _widened(prop, typed, raw) if location == "query" else typed.body
    annotation = accepted if prop.required else f"{accepted} | Unset"
    if isinstance(prop, IntProperty | FloatProperty) and default not in (None, "UNSET"):
        default = str(int(float(default))) if isinstance(prop, IntProperty) else default
    python_name, json_name = str(prop.python_name), _text(prop.name)
    if location == "path":
        source = f"path({json_name!r}, {python_name!r})"
    else:
        options = []
        if prop.required:
            options.append("required=True")
        if raw.get("style") == "form" and raw.get("explode") is False:
            options.append("comma=True")
        if (choices := _choices(raw)) is not None:
            options.append(f"choices={choices!r}")
        if raw.get("deprecated") is True:
            options.append("deprecated=True")
        source = f"query({', '.join([repr(json_name), repr(python_name), *options])})"
    return ParamSpec(python_name, json_name, location, annotation, default, source.replace("'", '"'))


def operation_spec(
    endpoint: Any,
    success: Any,
    data: Property | None,
    page: dict[str, Any] | None,
    raw_params: dict[str, JSON],
) -> OperationSpec:
    """The typed signature and result of one operation.

    ``success`` is the 2xx response (or None), ``data`` the ``data`` property of its envelope
    (None when the body is not a ``{status, data}`` envelope), ``page`` the paging description,
    ``raw_params`` the document's parameters by JSON name (their style and enum values).
    """
    collect = PyType("", "", "")
    params = [_param(p, "path", collect, raw_params.get(_text(p.name), {})) for p in endpoint.path_parameters]
    if endpoint.bodies:
        parts = [py_type(b.prop) for b in endpoint.bodies]
        for part in parts:
            collect.include(part)
        required = all(b.prop.required for b in endpoint.bodies)
        annotation = " | ".join(_unique([p.body for p in parts]))
        params.append(
            ParamSpec(
                "body",
                "body",
                "body",
                annotation if required else f"{annotation} | Unset",
                None if required else "UNSET",
                "body()" if required else "body(required=False)",
            )
        )
    query = [
        _param(p, "query", collect, raw_params.get(_text(p.name), {})) for p in endpoint.query_parameters
    ]
    params += [p for p in query if p.default is None] + [p for p in query if p.default is not None]
    enveloped = data is not None
    if enveloped:
        result_type = py_type(data)
    elif success is not None and success.prop is not None:
        result_type = py_type(success.prop)
    else:
        result_type = _scalar("Any", "ANY")
    collect.include(result_type, request=False)
    item = item_decoder = None
    single = False
    if page is not None:
        if page["mode"] == "raw":
            item, item_decoder = "Any", "ANY"
        else:
            typed = py_type(page["item"])
            collect.include(typed, request=False)
            item, item_decoder = typed.annotation, typed.decoder
            single = page["mode"] == "single"
    runtime = sorted({f"from ..models.{m} import {n}" for m, n in collect.enums})
    type_only = sorted({f"from ..models.{m} import {n}" for m, n in collect.models | collect.body_dicts})
    return OperationSpec(
        params,
        result_type.annotation,
        result_type.decoder,
        enveloped,
        item,
        item_decoder,
        single,
        runtime,
        type_only,
    )
