"""Typed fields of the generated models: decode a JSON value on first read, check it, cache it.

Every generated model attribute is a :class:`Field`, a non-data descriptor. The first read decodes
the raw JSON value with the field's decoder and stores the result in the instance's ``__dict__``,
which then shadows the descriptor: a second read is a plain attribute lookup returning the same
object. A value of the wrong shape raises :class:`ResponseValidationError` naming the model, the
field, the value (shortened) and what was expected; it never comes back as another type, and a
field nobody reads is never decoded, so it cannot fail a response.

Decoders are small callables built once per field when the model class is defined. Models refer
to each other lazily (by module and class name) because the API's models form cycles.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable
from datetime import UTC, date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar, overload

from ._errors import ResponseValidationError
from ._sentinel import UNSET

if TYPE_CHECKING:
    from ._models import ApiModel

__all__ = [
    "ANY",
    "BOOL",
    "DATE",
    "DATETIME",
    "FLOAT",
    "INT",
    "JSON_OBJECT",
    "NULL",
    "STR",
    "Decoder",
    "Field",
    "Mismatch",
    "dict_of",
    "enum_of",
    "field",
    "ModelDecoder",
    "list_of",
    "model",
    "nullable",
    "one_of",
]

T = TypeVar("T")
E = TypeVar("E", bound=Enum)

_MODELS_PACKAGE: Final = "cal_async._generated.models"


class Mismatch(Exception):
    """A JSON value does not have the declared shape (internal: turned into ResponseValidationError)."""

    def __init__(self, expected: str, value: object, where: str = "") -> None:
        super().__init__(expected)
        self.expected = expected
        self.value = value
        self.where = where


def shorten(value: object, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class Decoder(Generic[T]):
    """Turns one raw JSON value into a ``T`` or raises :class:`Mismatch`."""

    __slots__ = ("_fn", "expected")

    def __init__(self, fn: Callable[[object], T], expected: str) -> None:
        self._fn = fn
        self.expected = expected

    def __call__(self, raw: object) -> T:
        return self._fn(raw)

    def __repr__(self) -> str:
        return f"<decoder {self.expected}>"


# -- scalars ---------------------------------------------------------------------------------------


def _int(raw: object) -> int:
    if type(raw) is int:
        return raw
    if type(raw) is float and math.isfinite(raw) and raw.is_integer():
        return int(raw)  # 60.0 is the integer 60 in JSON
    raise Mismatch("an integer", raw)


def _float(raw: object) -> float:
    if type(raw) is float or type(raw) is int:
        return raw
    raise Mismatch("a number", raw)


def _str(raw: object) -> str:
    if type(raw) is str:
        return raw
    raise Mismatch("a string", raw)


def _bool(raw: object) -> bool:
    if type(raw) is bool:
        return raw
    raise Mismatch("a boolean", raw)


def _any(raw: object) -> Any:
    return raw


def _null(raw: object) -> None:
    if raw is None:
        return None
    raise Mismatch("null", raw)


def _json_object(raw: object) -> dict[str, Any]:
    if type(raw) is dict:
        return raw
    raise Mismatch("a JSON object", raw)


def _datetime(raw: object) -> datetime:
    # The server sends UTC with "Z" or an offset; a bare date-time is UTC too (API-FACTS: all
    # instants are UTC on the wire), so every value read is aware.
    if type(raw) is str:
        try:
            value = datetime.fromisoformat(raw)
        except ValueError:
            pass
        else:
            return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    raise Mismatch("an ISO 8601 date-time", raw)


def _date(raw: object) -> date:
    if type(raw) is str and len(raw) == 10:
        try:
            return date.fromisoformat(raw)
        except ValueError:
            pass
    raise Mismatch("an ISO 8601 date (YYYY-MM-DD)", raw)


INT: Final = Decoder(_int, "an integer")
FLOAT: Final = Decoder(_float, "a number")
STR: Final = Decoder(_str, "a string")
BOOL: Final = Decoder(_bool, "a boolean")
ANY: Final[Decoder[Any]] = Decoder(_any, "any JSON value")
JSON_OBJECT: Final = Decoder(_json_object, "a JSON object")
NULL: Final = Decoder(_null, "null")
DATETIME: Final = Decoder(_datetime, "an ISO 8601 date-time")
DATE: Final = Decoder(_date, "an ISO 8601 date (YYYY-MM-DD)")


# -- combinators -----------------------------------------------------------------------------------


def nullable(inner: Decoder[T]) -> Decoder[T | None]:
    fn = inner._fn

    def decode(raw: object) -> T | None:
        return None if raw is None else fn(raw)

    return Decoder(decode, f"{inner.expected} or null")


def list_of(inner: Decoder[T]) -> Decoder[list[T]]:
    expected = f"a list of {inner.expected}"

    fn = inner._fn

    def decode(raw: object) -> list[T]:
        if type(raw) is not list:
            raise Mismatch(expected, raw)
        try:
            return [fn(item) for item in raw]
        except Mismatch:
            pass
        for index, item in enumerate(raw):  # again, to say which item (decoding has no effects)
            try:
                inner(item)
            except Mismatch as exc:
                raise Mismatch(exc.expected, exc.value, f"[{index}]{exc.where}") from None
        raise AssertionError("unreachable")  # pragma: no cover

    return Decoder(decode, expected)


def dict_of(inner: Decoder[T]) -> Decoder[dict[str, T]]:
    """A JSON object whose values all have one type (e.g. a date -> slots map)."""
    expected = f"an object of {inner.expected}"
    fn = inner._fn

    def decode(raw: object) -> dict[str, T]:
        if type(raw) is not dict:
            raise Mismatch(expected, raw)
        out = {}
        for key, item in raw.items():
            try:
                out[key] = fn(item)
            except Mismatch as exc:
                raise Mismatch(exc.expected, exc.value, f"[{key!r}]{exc.where}") from None
        return out

    return Decoder(decode, expected)


def enum_of(cls: type[E]) -> Decoder[E]:
    # Open enums (cal_async._models.OpenStrEnum) accept values the document does not list; a value
    # of the wrong JSON type is still a mismatch.
    member_type: type = str if issubclass(cls, str) else int
    expected = f"a {cls.__name__} value ({'a string' if issubclass(cls, str) else 'an integer'})"

    members: dict[object, E] = cls._value2member_map_  # type: ignore[assignment]  # the enum's own table

    def decode(raw: object) -> E:
        if type(raw) is not member_type:
            raise Mismatch(expected, raw)
        member = members.get(raw)  # a listed value: a dict lookup instead of Enum.__call__
        return member if member is not None else cls(raw)

    return Decoder(decode, expected)


def _set_data(obj: object, data: dict[str, Any]) -> None:
    from ._models import ApiModel

    setter = ApiModel.__dict__["_data"].__set__  # the slot's own setter (models refuse setattr)
    globals()["_set_data"] = setter
    setter(obj, data)


class _ModelRef:
    """A model class named by module, imported on first use (models refer to each other in cycles)."""

    __slots__ = ("_cls", "module", "name")

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name
        self._cls: type[ApiModel] | None = None

    def get(self) -> type[ApiModel]:
        cls = self._cls
        if cls is None:
            cls = getattr(importlib.import_module(f"{_MODELS_PACKAGE}.{self.module}"), self.name)
            self._cls = cls
        return cls


class ModelDecoder(Decoder[Any]):
    """Decodes a JSON object into a generated model (a view: its fields decode when read)."""

    __slots__ = ("ref",)

    def __init__(self, ref: _ModelRef) -> None:
        expected = f"a {ref.name} object"
        new = object.__new__

        def decode(raw: object) -> Any:
            if type(raw) is not dict:
                raise Mismatch(expected, raw)
            cls = ref._cls or ref.get()
            obj = new(cls)
            _set_data(obj, raw)  # what from_dict does, without its checks: raw is a dict
            return obj

        super().__init__(decode, expected)
        self.ref = ref


def model(module: str, name: str) -> ModelDecoder:
    """A generated model, by its module under ``_generated/models`` and its class name."""
    return ModelDecoder(_ModelRef(module, name))


def one_of(*variants: Decoder[Any]) -> Decoder[Any]:
    """The first variant that accepts the value. Model variants are chosen by their required keys,
    most specific first, comparing only the keys that tell them apart (the ones every variant
    requires say nothing); when none matches, the one sharing most keys is used, so a server that
    omits a field only fails when that field is read."""
    models = [v.ref for v in variants if isinstance(v, ModelDecoder)]
    others = [v for v in variants if not isinstance(v, ModelDecoder)]
    expected = " or ".join(v.expected for v in variants)
    ordered: list[tuple[type[ApiModel], tuple[str, ...]]] = []
    new = object.__new__

    def prepare() -> None:
        classes = sorted((ref.get() for ref in models), key=lambda c: -len(c._required))
        common = frozenset.intersection(*(c._required for c in classes))
        ordered.extend((cls, tuple(sorted(cls._required - common))) for cls in classes)

    def decode(raw: object) -> Any:
        if type(raw) is dict and models:
            if not ordered:
                prepare()
            for cls, keys in ordered:
                for key in keys:
                    if key not in raw:
                        break
                else:
                    obj = new(cls)
                    _set_data(obj, raw)
                    return obj
            if not any(_accepts(v, raw) for v in others):
                best = max((c for c, _ in ordered), key=lambda c: len(c._fields & raw.keys()))
                return best.from_dict(raw)
        for variant in others:
            try:
                return variant(raw)
            except Mismatch:
                continue
        raise Mismatch(expected, raw)

    return Decoder(decode, expected)


def _accepts(decoder: Decoder[Any], raw: object) -> bool:
    try:
        decoder(raw)
    except Mismatch:
        return False
    return True


# -- the descriptor --------------------------------------------------------------------------------


class Field(Generic[T]):
    """One declared property of a model: ``start = Field("start", DATETIME, required=True)``.

    ``T`` is what a read returns (``X | Unset`` for optional properties). The decoded value is
    cached in the instance ``__dict__``, which shadows this (non-data) descriptor afterwards.
    """

    __slots__ = ("_decode", "decoder", "key", "name", "owner", "required")

    def __init__(self, key: str, decoder: Decoder[Any], *, required: bool) -> None:
        self.key = key
        self.decoder = decoder
        self._decode = decoder._fn  # one call less per read
        self.required = required
        self.name = key
        self.owner = "model"

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.owner = owner.__name__

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Field[T]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> T: ...
    def __get__(self, obj: object | None, owner: type | None = None) -> Field[T] | T:
        if obj is None:
            return self
        data: dict[str, Any] = obj._data  # type: ignore[attr-defined]
        key = self.key
        value: Any
        if key in data:
            try:
                value = self._decode(data[key])
            except Mismatch as exc:
                raise self._refused(exc) from None
        elif self.required:
            raise ResponseValidationError(self.owner, key)
        else:
            value = UNSET
        obj.__dict__[self.name] = value
        return value  # type: ignore[no-any-return]

    def _refused(self, exc: Mismatch) -> ResponseValidationError:
        where = f"{self.key}{exc.where}"
        return ResponseValidationError(
            self.owner,
            self.name,
            f"field {where!r} should be {exc.expected}, the server sent "
            f"{type(exc.value).__name__} {shorten(exc.value)}",
        )

    def __repr__(self) -> str:
        return f"<field {self.owner}.{self.name}: {self.decoder.expected}>"


def field(key: str, decoder: Decoder[Any], *, required: bool) -> Any:
    """Declare a model field: ``start: datetime = field("start", DATETIME, required=True)``.

    Typed as ``Any`` so that checkers take the annotation as the field's type (models are
    ``dataclass_transform``-ed: frozen attributes, which match read-only protocol properties);
    at run time it is a :class:`Field` descriptor.
    """
    return Field(key, decoder, required=required)
