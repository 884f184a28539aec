"""Typed fields of the models: how each JSON value is decoded and checked, and the descriptor.

Every model attribute is a :class:`Field`, a non-data descriptor declared with :func:`field`
(``start: datetime = field("start", DATETIME, required=True)``) in generated and hand-written
models alike. Decoded values are cached in the instance ``__dict__``, which then shadows the
descriptors: a read after that is a plain attribute lookup. The first two fields read of an
instance are decoded alone, each on its first read (reading a booking's ``uid`` and ``status``
costs no more than that); the third decodes all the others at once, and the models nested in
them, with a function compiled for the model class from these declarations
(``cal_async._object_decoder``); and when that happens to a
second item of a page, the rest of the page is decoded at once too. A value of the wrong shape
is left out of the cache, so reading that one field (and only it) decodes it here and raises
:class:`ResponseValidationError` naming the model, the field, the value (shortened) and what was
expected; a field nobody reads never fails a response, and one bad field spoils no other.

Decoders are small callables built once per field when the model class is defined; each also
says what it is (``kind``, ``parts``), which is what the compiled per-class decoder is built from.
Decoders must be pure (decoding twice gives the same result or the same error). Models refer to
each other lazily (by module and class name) because the API's models form cycles.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar, overload

from ._errors import ResponseValidationError
from ._instants import parse_instant
from ._object_decoder import read_whole
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
# How many fields of an instance are decoded alone, each on its first read, before the next read
# decodes all the others at once: a caller reading an answer's uid and status pays for those two
# (a GET costs no more than before), one reading a third is walking the object.
_READ_ALONE: Final = 2


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
    """Turns one raw JSON value into a ``T`` or raises :class:`Mismatch`.

    ``kind`` says what the decoder is, for the compiled per-class decoders: one of the scalars
    (``"str"``, ``"int"``, ``"float"``, ``"bool"``, ``"any"``, ``"null"``, ``"object"``,
    ``"datetime"``, ``"date"``), a combinator (``"nullable"``, ``"list"``, ``"dict"``,
    ``"one_of"``, whose ``parts`` are the inner decoders), ``"enum"`` (``parts``: the enum class),
    ``"model"``, or ``"custom"`` for any other function (a tolerant decoder of a hand-written
    model): the compiled decoder calls those as they are.
    """

    __slots__ = ("_fn", "expected", "kind", "parts")

    def __init__(
        self, fn: Callable[[object], T], expected: str, *, kind: str = "custom", parts: tuple[Any, ...] = ()
    ) -> None:
        self._fn = fn
        self.expected = expected
        self.kind = kind
        self.parts = parts

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
    # The one ISO parser (_instants): a bare date-time is UTC too, so every value read is aware.
    if type(raw) is str:
        try:
            return parse_instant(raw)
        except ValueError:
            pass
    raise Mismatch("an ISO 8601 date-time", raw)


def _date(raw: object) -> date:
    if type(raw) is str and len(raw) == 10:
        try:
            return date.fromisoformat(raw)
        except ValueError:
            pass
    raise Mismatch("an ISO 8601 date (YYYY-MM-DD)", raw)


INT: Final = Decoder(_int, "an integer", kind="int")
FLOAT: Final = Decoder(_float, "a number", kind="float")
STR: Final = Decoder(_str, "a string", kind="str")
BOOL: Final = Decoder(_bool, "a boolean", kind="bool")
ANY: Final[Decoder[Any]] = Decoder(_any, "any JSON value", kind="any")
JSON_OBJECT: Final = Decoder(_json_object, "a JSON object", kind="object")
NULL: Final = Decoder(_null, "null", kind="null")
DATETIME: Final = Decoder(_datetime, "an ISO 8601 date-time", kind="datetime")
DATE: Final = Decoder(_date, "an ISO 8601 date (YYYY-MM-DD)", kind="date")


# -- combinators -----------------------------------------------------------------------------------


def nullable(inner: Decoder[T]) -> Decoder[T | None]:
    fn = inner._fn

    def decode(raw: object) -> T | None:
        return None if raw is None else fn(raw)

    return Decoder(decode, f"{inner.expected} or null", kind="nullable", parts=(inner,))


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

    return Decoder(decode, expected, kind="list", parts=(inner,))


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

    return Decoder(decode, expected, kind="dict", parts=(inner,))


def enum_of(cls: type[E]) -> Decoder[E]:
    # Open enums (cal_async._models.OpenStrEnum) accept values the document does not list; a value
    # of the wrong JSON type is still a mismatch.
    member_type: type = str if issubclass(cls, str) else int
    expected = f"a {cls.__name__} value ({'a string' if issubclass(cls, str) else 'an integer'})"

    members: dict[object, E] = cls._value2member_map_  # type: ignore[assignment]  # the enum's own table
    # An open enum makes a new pseudo-member for each unlisted value it is called with; the same
    # few come back on every page (booking status "awaiting_host"), so they are kept (a bounded
    # number: the server chooses the values).
    unlisted: dict[object, E] = {}

    def decode(raw: object) -> E:
        if type(raw) is not member_type:
            raise Mismatch(expected, raw)
        member = members.get(raw) or unlisted.get(raw)  # a dict lookup instead of Enum.__call__
        if member is None:
            member = cls(raw)
            if len(unlisted) < _UNLISTED_KEPT:
                unlisted[raw] = member
        return member

    return Decoder(decode, expected, kind="enum", parts=(cls,))


_UNLISTED_KEPT: Final = 64


def _set_data(obj: object, data: dict[str, Any]) -> None:
    from ._models import ApiModel

    setter = ApiModel.__dict__["_data"].__set__  # the slot's own setter (models refuse setattr)
    globals()["_set_data"] = setter
    setter(obj, data)


class _ModelRef:
    """A model class named by module, imported on first use (models refer to each other in cycles).

    ``module`` is a module of ``cal_async._generated.models``, or a full dotted module path."""

    __slots__ = ("_cls", "module", "name")

    def __init__(self, module: str, name: str, cls: type[ApiModel] | None = None) -> None:
        self.module = module
        self.name = name
        self._cls = cls

    def get(self) -> type[ApiModel]:
        cls = self._cls
        if cls is None:
            path = self.module if "." in self.module else f"{_MODELS_PACKAGE}.{self.module}"
            cls = getattr(importlib.import_module(path), self.name)
            self._cls = cls
        return cls


class ModelDecoder(Decoder[Any]):
    """Decodes a JSON object into a model (a view: its fields decode when one is first read)."""

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

        super().__init__(decode, expected, kind="model")
        self.ref = ref


def model(module: str | type[ApiModel], name: str | None = None) -> ModelDecoder:
    """A model: ``model("booking_host", "BookingHost")`` names a generated one by its module under
    ``_generated/models`` and its class (imported when first decoded: the models form cycles);
    ``model("cal_async.webhooks._payloads", "BookingPayload")`` a hand-written one by its full
    module path; ``model(BookingPayload)`` one already defined."""
    if isinstance(module, str):
        if name is None:
            raise TypeError("model(module, name): the class name is missing")
        return ModelDecoder(_ModelRef(module, name))
    return ModelDecoder(_ModelRef(module.__module__, module.__name__, module))


def one_of(*variants: Decoder[Any]) -> Decoder[Any]:
    """The first variant that accepts the value. Model variants are chosen by their required keys,
    most specific first, comparing only the keys that tell them apart (the ones every variant
    requires say nothing); when none matches, the one sharing most keys is used, so a server that
    omits a field only fails when that field is read."""
    models = [v.ref for v in variants if isinstance(v, ModelDecoder)]
    others = [v for v in variants if not isinstance(v, ModelDecoder)]
    expected = " or ".join(v.expected for v in variants)
    ordered: list[tuple[type[ApiModel], tuple[str, ...]]] = []

    def decode_other(raw: object) -> Any:  # what no model variant's keys describe
        if type(raw) is dict and models and not any(_accepts(v, raw) for v in others):
            best = max((c for c, _ in ordered), key=lambda c: len(c._fields & raw.keys()))
            return best.from_dict(raw)
        for variant in others:
            try:
                return variant(raw)
            except Mismatch:
                continue
        raise Mismatch(expected, raw)

    def first_use(raw: object) -> Any:
        chosen: Callable[[object], Any] = decode_other
        if models:  # the model classes can be imported by now (they refer to each other)
            classes = sorted((ref.get() for ref in models), key=lambda c: -len(c._required))
            common = frozenset.intersection(*(c._required for c in classes))
            ordered.extend((cls, tuple(sorted(cls._required - common))) for cls in classes)
            chosen = _model_chooser(ordered, decode_other)
        current[0] = decoder._fn = chosen  # who reads ``_fn`` from now on calls it directly
        return chosen(raw)

    current: list[Callable[[object], Any]] = [first_use]

    def decode(raw: object) -> Any:  # for the decoders built on this one before its first use
        return current[0](raw)

    decoder: Decoder[Any] = Decoder(decode, expected, kind="one_of", parts=variants)
    return decoder


def _model_chooser(
    ordered: list[tuple[type[ApiModel], tuple[str, ...]]], other: Callable[[object], Any]
) -> Callable[[object], Any]:
    """``one_of``'s choice among models as one function, written from ``ordered``: an ``if`` per
    variant on the keys that tell it apart, the object wrapped in the first that matches;
    ``other`` decodes anything else. (A loop over the variants cost half a page's wrapping.)"""
    from ._models import ApiModel

    env: dict[str, Any] = {"new": object.__new__, "set_data": ApiModel.__dict__["_data"].__set__}
    env["other"] = other
    branches: list[str] = []
    for index, (cls, keys) in enumerate(ordered):
        env[f"C{index}"] = cls
        test = " and ".join(f"{key!r} in raw" for key in keys) or "True"
        branches.append(f"        {'elif' if branches else 'if'} {test}:\n            obj = new(C{index})\n")
    source = (
        "def choose(raw):\n"
        "    if type(raw) is dict:\n"
        f"{''.join(branches)}"
        "        else:\n"
        "            return other(raw)\n"
        "        set_data(obj, raw)\n"
        "        return obj\n"
        "    return other(raw)\n"
    )
    exec(compile(source, "<cal_async one_of>", "exec"), env)  # written from the classes' own keys
    choose: Callable[[object], Any] = env["choose"]
    return choose


def _accepts(decoder: Decoder[Any], raw: object) -> bool:
    try:
        decoder(raw)
    except Mismatch:
        return False
    return True


# -- what a refusal says ---------------------------------------------------------------------------


def refusal(exc: Mismatch, where: str, culprit: str, *, in_model: bool = True) -> str:
    """The text of a :class:`ResponseValidationError` for ``exc`` at ``where`` (``field 'start'``,
    ``data[3]``); ``culprit`` names what to report (``BookingOutput.start``, ``bookings.get``).

    A null where the API document does not allow one gets its own wording: the document is the
    likelier culprit (the server sends nulls it does not declare), so it asks for a report."""
    if exc.value is None:
        kept = " the rest of the object is intact (its other fields read as usual; .to_dict() has it all);"
        return (
            f"{where} should be {exc.expected}, but the server sent null, which the Cal.com API "
            f"document does not allow there;{kept if in_model else ''} please report it to cal-async, "
            f"naming {culprit}, so that it can be typed as nullable"
        )
    return (
        f"{where} should be {exc.expected}, the server sent {type(exc.value).__name__} {shorten(exc.value)}"
    )


# -- the descriptor --------------------------------------------------------------------------------

_LEFT_OUT: Final = object()


class Field(Generic[T]):
    """One declared property of a model: ``start = Field("start", DATETIME, required=True)``.

    ``T`` is what a read returns (``X | Unset`` for optional properties). Values are cached in the
    instance ``__dict__``, which shadows this (non-data) descriptor afterwards: the first two fields
    read alone, the third with all the others (see the module doc); a field whose value is wrong
    is left out, and reading it decodes it again here, which raises.
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
        cache: dict[str, Any] = obj.__dict__
        if len(cache) == _READ_ALONE:  # one field more is read: decode all the others at once
            values = read_whole(obj)  # (and, the second item of a page read so, the whole page)
            values.update(cache)  # the value read first stays the one returned
            value = values.get(self.name, _LEFT_OUT)
            if value is not _LEFT_OUT:
                return value  # type: ignore[no-any-return]
        # The first field read of this instance, or one left out above (its value is wrong: raises).
        return self.decode_one(obj)

    def decode_one(self, obj: Any) -> T:
        """This field of ``obj`` alone: decoded, checked and cached, or refused."""
        data: dict[str, Any] = obj._data
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
        where = f"field {f'{self.key}{exc.where}'!r}"
        culprit = f"{self.owner}.{self.name} and the operation you called"
        return ResponseValidationError(self.owner, self.name, refusal(exc, where, culprit))

    def __repr__(self) -> str:
        return f"<field {self.owner}.{self.name}: {self.decoder.expected}>"


def field(key: str, decoder: Decoder[Any], *, required: bool) -> Any:
    """Declare a model field: ``start: datetime = field("start", DATETIME, required=True)``.

    Typed as ``Any`` so that checkers take the annotation as the field's type (models are
    ``dataclass_transform``-ed: frozen attributes, which match read-only protocol properties);
    at run time it is a :class:`Field` descriptor.
    """
    return Field(key, decoder, required=required)
