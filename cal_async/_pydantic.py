"""Pydantic v2 support for the SDK's models and pages, so FastAPI can return them directly.

``ApiModel`` and ``Page`` call into this module from their ``__get_pydantic_core_schema__`` hooks;
it is imported only then, so ``import cal_async`` never imports pydantic.

- **Serialising** a model gives the JSON object it holds, as the server sent it: the API's
  (camelCase) names, fields the document does not declare included. A page gives
  ``{"data": [...], "pagination": ..., "offset": ..., "limit": ..., "hasNextPage": ...}``.
- **Validating** passes an instance through untouched (it stays a lazy view); a JSON object becomes
  the model after every declared field, nested models' included, has been decoded and checked, so
  bad input fails here as a request error: one pydantic error per field, located like FastAPI's own
  (``["body", "hosts", 0, "email"]``), worded as the caller's input ("Input should be ...").
- **JSON schema** (FastAPI's OpenAPI): the declared fields by JSON name with their types, required
  ones listed, nested models as ``$ref``, and ``additionalProperties`` allowed. It is built from the
  generated annotations and comes from a shape schema that is never used to validate or serialise
  (the raw JSON would not fit a typed serialiser: enums and datetimes stay strings there).

The helpers' own results (``BookingResult``, ``Slot``, ``Reservation``, ``BusyTime``: frozen attrs
classes) get the same three through :func:`value_core_schema`: a JSON object of their attributes
by Python name (datetimes as ISO 8601 with their offset), validated back into the class.
"""

from __future__ import annotations

import ast
import importlib
import re
import sys
import types
import typing
from collections.abc import Hashable, Iterator, Mapping
from datetime import datetime
from functools import cache, partial
from typing import TYPE_CHECKING, Any, cast

import attrs
from pydantic import AwareDatetime, GetCoreSchemaHandler, GetJsonSchemaHandler, TypeAdapter
from pydantic.errors import PydanticSchemaGenerationError
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import (
    InitErrorDetails,
    PydanticCustomError,
    PydanticKnownError,
    SchemaSerializer,
    ValidationError,
    core_schema,
)

from ._fields import Field, Mismatch
from ._models import ApiModel
from ._sentinel import Unset

if TYPE_CHECKING:
    from .pagination import Page

__all__ = [
    "model_core_schema",
    "model_json_schema",
    "page_core_schema",
    "serializer_of",
    "value_core_schema",
]

_MODELS_PACKAGE = "cal_async._generated.models"


def serializer_of(cls: type) -> SchemaSerializer:
    """How pydantic serialises a ``cls`` value it meets where the type says ``Any``."""
    return _serializer(cast(Hashable, cls))  # mypy: ApiModel's __hash__ is an instance method


@cache
def _serializer(cls: Any) -> SchemaSerializer:
    return TypeAdapter(cls).serializer


# -- models ----------------------------------------------------------------------------------------


def model_core_schema(cls: type[ApiModel], handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
    return core_schema.no_info_plain_validator_function(
        partial(_validate_model, cls),
        json_schema_input_schema=_shape(cls, handler),
        serialization=core_schema.plain_serializer_function_ser_schema(_dump_model),
        # The ref pydantic looks up when a model refers back to itself (the API's models form
        # cycles): its own reference for any class, ``module.qualname:id``.
        ref=f"{cls.__module__}.{cls.__qualname__}:{id(cls)}",
    )


def model_json_schema(
    cls: type[ApiModel], schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
) -> JsonSchemaValue:
    """The shape's schema, in serialisation mode too (the serialiser itself says nothing)."""
    shape = schema.get("json_schema_input_schema")
    if shape is None:  # pragma: no cover - model_core_schema always sets it
        return handler(schema)
    json_schema = handler(shape)
    json_schema["title"] = cls.__name__
    for prop in json_schema.get("properties", {}).values():
        prop.pop("title", None)  # pydantic's "Eventtypeid", from the JSON name: noise
    return json_schema


def _validate_model(cls: type[ApiModel], value: object) -> ApiModel:
    if isinstance(value, cls):
        return value
    if not isinstance(value, Mapping):
        raise PydanticKnownError("model_type", {"class_name": cls.__name__})
    obj = cls.from_dict({str(key): item for key, item in value.items()})
    try:
        errors = list(_field_errors(obj, ()))
    except RecursionError:
        raise PydanticCustomError("too_deep", "Input is nested too deeply") from None
    if errors:
        raise ValidationError.from_exception_data(cls.__name__, errors)
    return obj


def _field_errors(obj: ApiModel, loc: tuple[str | int, ...]) -> Iterator[InitErrorDetails]:
    """What is wrong with each declared field of ``obj`` and of the models nested in it, as the
    errors of a request's input (a response's are ``ResponseValidationError``, raised on reading)."""
    data = obj._data
    for declared in _declared(type(obj)).values():
        where = (*loc, declared.key)
        if declared.key not in data:
            if declared.required:
                yield {"type": "missing", "loc": where, "input": data}
            continue
        raw = data[declared.key]
        try:
            decoded = declared.decoder(raw)
        except Mismatch as exc:
            yield {
                "type": PydanticCustomError("wrong_type", _SHOULD_BE, {"expected": exc.expected}),
                "loc": (*where, *_steps(exc.where)),
                "input": exc.value,
            }
            continue
        yield from _nested_errors(decoded, raw, where)


def _nested_errors(decoded: object, raw: object, loc: tuple[str | int, ...]) -> Iterator[InitErrorDetails]:
    """The errors inside the models a field decoded into (``decoded is raw``: no model there)."""
    if decoded is raw:
        return
    if isinstance(decoded, ApiModel):
        yield from _field_errors(decoded, loc)
    elif isinstance(decoded, list) and isinstance(raw, list):
        for index, (item, raw_item) in enumerate(zip(decoded, raw, strict=True)):
            yield from _nested_errors(item, raw_item, (*loc, index))
    elif isinstance(decoded, dict) and isinstance(raw, dict):
        for key, item in decoded.items():
            yield from _nested_errors(item, raw[key], (*loc, key))


_SHOULD_BE = "Input should be {expected}"  # pydantic's wording; ``expected`` is the SDK decoder's
_STEP = re.compile(r"\[(\d+|'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")\]")


def _steps(where: str) -> tuple[str | int, ...]:
    """A decoder's ``[2]['key']`` path (``Mismatch.where``) as location steps: ``(2, "key")``."""
    return tuple(ast.literal_eval(step) for step in _STEP.findall(where))


def _dump_model(value: ApiModel) -> dict[str, Any]:
    return value.to_dict()


def _declared(cls: type) -> dict[str, Field[Any]]:
    """The model's fields by Python attribute name, base classes first."""
    found: dict[str, Field[Any]] = {}
    for klass in reversed(cls.__mro__):
        found.update({name: attr for name, attr in vars(klass).items() if isinstance(attr, Field)})
    return found


def _shape(cls: type[ApiModel], handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
    """A typed-dict schema of the JSON object: declared fields by JSON name, extra keys allowed."""
    hints = _hints(cls)
    fields: dict[str, core_schema.TypedDictField] = {}
    for name, declared in _declared(cls).items():
        fields[declared.key] = core_schema.typed_dict_field(
            _schema_of(hints.get(name, Any), handler), required=declared.required
        )
    return core_schema.typed_dict_schema(fields, extra_behavior="allow")


def _hints(cls: type) -> dict[str, Any]:
    # Generated modules import the models they refer to under TYPE_CHECKING only (cycles): names
    # missing from the module are looked up in the models package, which loads them on demand.
    return typing.get_type_hints(cls, localns=_ModelNames(vars(sys.modules[cls.__module__])))


class _ModelNames(Mapping[str, Any]):
    def __init__(self, module: dict[str, Any]) -> None:
        self._module = module

    def __getitem__(self, name: str) -> Any:
        if name in self._module:
            return self._module[name]
        try:
            return getattr(importlib.import_module(_MODELS_PACKAGE), name)
        except AttributeError:
            raise KeyError(name) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._module)

    def __len__(self) -> int:
        return len(self._module)


def _schema_of(hint: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
    hint = _without_unset(hint)
    try:
        return handler.generate_schema(hint)
    except PydanticSchemaGenerationError:  # a type pydantic does not know: any JSON value
        return core_schema.any_schema()


def _without_unset(hint: Any) -> Any:
    """``X | Unset`` is how the models say "optional": the schema marks it not required instead."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        kept = tuple(arg for arg in typing.get_args(hint) if arg is not Unset)
        if len(kept) == 1:
            return kept[0]
        return typing.Union[kept]  # noqa: UP007 - built from a tuple at run time
    return hint


# -- the helpers' result values (attrs classes) -----------------------------------------------------


def value_core_schema(cls: type[Any], handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
    """An attrs value class as a JSON object of its fields by Python name, titled with its name.

    Serialising gives every field (nested models as their JSON, datetimes as ISO 8601 with their
    offset); validating passes an instance through and builds one from such an object, so the
    class's own checks run (datetimes must carry an offset, as every time the helpers return does).
    """
    hints = typing.get_type_hints(cls)
    schemas = {field.name: handler.generate_schema(_aware(hints[field.name])) for field in attrs.fields(cls)}
    optional = {field.name for field in attrs.fields(cls) if field.default is not attrs.NOTHING}
    given = core_schema.typed_dict_schema(
        {
            name: core_schema.typed_dict_field(schema, required=name not in optional)
            for name, schema in schemas.items()
        },
        extra_behavior="forbid",
        cls=cls,  # its name titles the JSON schema
    )
    sent = core_schema.typed_dict_schema(  # every field is in every response, defaulted or not
        {name: core_schema.typed_dict_field(schema) for name, schema in schemas.items()}, cls=cls
    )
    return core_schema.no_info_wrap_validator_function(
        partial(_validate_value, cls),
        core_schema.chain_schema(
            [given, core_schema.no_info_plain_validator_function(partial(_build_value, cls))]
        ),
        serialization=core_schema.plain_serializer_function_ser_schema(
            partial(_dump_value, tuple(schemas)), return_schema=sent
        ),
        ref=f"{cls.__module__}.{cls.__qualname__}:{id(cls)}",
    )


def _aware(hint: Any) -> Any:
    """``datetime`` (anywhere in a union or tuple) as pydantic's ``AwareDatetime``."""
    if hint is datetime:
        return AwareDatetime
    args = typing.get_args(hint)
    if not args:
        return hint
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return typing.Union[tuple(_aware(arg) for arg in args)]  # noqa: UP007 - built at run time
    if origin is tuple:
        return tuple[tuple(arg if arg is Ellipsis else _aware(arg) for arg in args)]  # type: ignore[misc]
    return hint


def _validate_value(cls: type[Any], value: object, build: core_schema.ValidatorFunctionWrapHandler) -> Any:
    return value if isinstance(value, cls) else build(value)


def _build_value(cls: type[Any], fields: dict[str, Any]) -> Any:
    return cls(**fields)  # its own checks run: a ValueError is a validation error


def _dump_value(names: tuple[str, ...], value: object) -> dict[str, Any]:
    return {name: getattr(value, name) for name in names}


# -- pages -----------------------------------------------------------------------------------------


def page_core_schema(source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
    args = typing.get_args(source)
    item = handler.generate_schema(args[0] if args else Any)
    shape = core_schema.typed_dict_schema(
        {
            "data": core_schema.typed_dict_field(core_schema.list_schema(item)),
            "pagination": core_schema.typed_dict_field(
                core_schema.nullable_schema(core_schema.dict_schema(core_schema.str_schema()))
            ),
            "offset": core_schema.typed_dict_field(core_schema.int_schema()),
            "limit": core_schema.typed_dict_field(core_schema.int_schema()),
            "hasNextPage": core_schema.typed_dict_field(core_schema.bool_schema()),
        }
    )
    return core_schema.no_info_plain_validator_function(
        _validate_page,
        json_schema_input_schema=shape,
        serialization=core_schema.plain_serializer_function_ser_schema(_dump_page, return_schema=shape),
    )


def _validate_page(value: object) -> Page[Any]:
    from .pagination import Page

    if isinstance(value, Page):
        return value
    raise ValueError(f"expected a cal_async Page (pages come from list calls), got {type(value).__name__}")


def _dump_page(page: Page[Any]) -> dict[str, Any]:
    return {key: page[key] for key in page.keys()}  # noqa: SIM118 - a Page is not a Mapping
