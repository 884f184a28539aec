"""What ``bench_parse`` compares: the SDK's read-path designs, and two other model technologies.

**Read-path designs** of the SDK's models, each built from the same ``field(...)`` declarations of
every loaded model class and swapped in for a measurement as the classes' ``_decode_fields``, which
the second field read of an instance runs, and which decodes the rest of a page once a second item
of it is read in full (:func:`design`; all keep every promise: a wrong value fails only its own
read, unknown fields and enum values are kept):

* ``field by field``: the design before issue 22, each field decoded by its descriptor on its own
  first read (``_decode_fields`` decodes nothing, so ``Field.decode_one`` does it each time);
* ``whole object, field loop``: every field of the object decoded at once by a loop over the
  fields calling each one's decoder (``_object_decoder.decode_carefully``);
* ``whole object, compiled`` (the SDK's): straight-line code written for the class from its
  declarations, the nested models written into it (no call per nested instance), each object's
  dict built in one piece, keys looked up with the parser's own key strings;
* ``whole object, msgspec underneath``: the object's dict converted with a msgspec Struct made for
  the class (scalars, datetimes, lists of them checked in C); nested models, enums and the rest
  decoded by their own decoders; any mismatch falls back to the field loop.

**Other technologies**: msgspec Structs (a full typed decode straight from bytes) and pydantic v2
models (full validation). Both drop undeclared fields and cannot keep unknown enum values without a
catch-all type, which the SDK's views do; the figures say what that costs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from functools import partial
from typing import Annotated, Any

import msgspec
import pydantic
from pydantic.alias_generators import to_camel

from cal_async import ApiModel
from cal_async._fields import Decoder, Field
from cal_async._object_decoder import decode_carefully
from cal_async._sentinel import UNSET

DecodeFields = Callable[[Any], dict[str, Any]]


def _model_classes() -> list[type[ApiModel]]:
    found, stack = [], list(ApiModel.__subclasses__())
    while stack:
        cls = stack.pop()
        found.append(cls)
        stack.extend(cls.__subclasses__())
    return found


def _nothing(obj: Any) -> dict[str, Any]:
    return obj.__dict__  # type: ignore[no-any-return]


def _field_loop(cls: type[ApiModel]) -> DecodeFields:
    return partial(decode_carefully, cls._declared_fields)


_SET_DICT = ApiModel.__dict__["__dict__"].__set__


def _msgspec_type(decoder: Decoder[Any]) -> Any:
    """The msgspec type checking ``decoder``'s values in C, or None when Python must decode them."""
    simple = {"str": str, "int": int, "bool": bool, "float": float, "any": Any, "object": dict, "date": date}
    if decoder.kind in simple:
        return simple[decoder.kind]
    if decoder.kind == "datetime":
        return Annotated[datetime, msgspec.Meta(tz=True)]  # a naive one falls back: the SDK makes it UTC
    inner = _msgspec_type(decoder.parts[0]) if decoder.kind in ("nullable", "list") else None
    if inner is None:
        return None
    return inner | None if decoder.kind == "nullable" else list[inner]  # type: ignore[valid-type]


def _msgspec_underneath(cls: type[ApiModel]) -> DecodeFields:
    fields = cls._declared_fields
    in_c: list[tuple[str, Any, Any]] = []
    in_python: list[Field[Any]] = []
    for f in fields:
        kind = _msgspec_type(f.decoder)
        if kind is None:
            in_python.append(f)
            kind = Any
        default = msgspec.NODEFAULT if f.required else UNSET
        in_c.append((f.name, kind, msgspec.field(name=f.key, default=default)))
    struct = msgspec.defstruct(f"{cls.__name__}Struct", in_c, kw_only=True, gc=False)
    convert, asdict = msgspec.convert, msgspec.structs.asdict

    def decode(obj: Any) -> dict[str, Any]:
        try:
            values = asdict(convert(obj._data, struct))
        except msgspec.ValidationError:
            return decode_carefully(fields, obj)
        for f in in_python:
            raw = values[f.name]
            if raw is not UNSET:
                try:
                    values[f.name] = f._decode(raw)
                except Exception:  # left out: reading it raises
                    del values[f.name]
        _SET_DICT(obj, values)
        return values

    return decode


_DESIGNS: dict[str, Callable[[type[ApiModel]], DecodeFields] | None] = {
    "field by field (before)": lambda cls: _nothing,
    "whole object, field loop": _field_loop,
    "whole object, msgspec underneath": _msgspec_underneath,
    "whole object, compiled (kept)": None,  # the SDK's own
}


_BUILT: dict[tuple[str, type], staticmethod[[Any], dict[str, Any]]] = {}


@contextmanager
def design(name: str) -> Iterator[None]:
    """Every loaded model class reads with the design ``name`` inside the block."""
    make = _DESIGNS[name]
    classes = [cls for cls in _model_classes() if cls._declared_fields]
    saved = {cls: cls.__dict__["_decode_fields"] for cls in classes}
    try:
        if make is not None:
            for cls in classes:
                decode = _BUILT.get((name, cls))
                if decode is None:
                    decode = _BUILT[name, cls] = staticmethod(make(cls))
                type.__setattr__(cls, "_decode_fields", decode)
        yield
    finally:
        for cls, decode in saved.items():
            type.__setattr__(cls, "_decode_fields", decode)


def designs() -> tuple[str, ...]:
    return tuple(_DESIGNS)


class MsHost(msgspec.Struct, rename="camel"):
    id: int
    name: str
    email: str
    username: str
    time_zone: str


class MsAttendee(msgspec.Struct, rename="camel"):
    name: str
    email: str
    time_zone: str
    absent: bool
    language: str | None = None


class MsEventType(msgspec.Struct):
    id: int
    slug: str


class MsBooking(msgspec.Struct, rename="camel"):
    id: int
    uid: str
    title: str
    description: str | None
    hosts: list[MsHost]
    status: str
    start: datetime
    end: datetime
    duration: int
    event_type_id: int
    event_type: MsEventType
    location: str | None
    absent_host: bool
    created_at: datetime
    updated_at: datetime | None
    attendees: list[MsAttendee]
    booking_fields_responses: dict[str, Any]
    meeting_url: str | None = None
    metadata: dict[str, Any] = {}
    rating: float | None = None
    ics_uid: str | None = None
    guests: list[str] = []


class MsPage(msgspec.Struct):
    status: str
    data: list[MsBooking]
    pagination: dict[str, Any]


class _Camel(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(alias_generator=to_camel)


class PyHost(_Camel):
    id: int
    name: str
    email: str
    username: str
    time_zone: str


class PyAttendee(_Camel):
    name: str
    email: str
    time_zone: str
    absent: bool
    language: str | None = None


class PyEventType(_Camel):
    id: int
    slug: str


class PyBooking(_Camel):
    id: int
    uid: str
    title: str
    description: str | None
    hosts: list[PyHost]
    status: str
    start: datetime
    end: datetime
    duration: int
    event_type_id: int
    event_type: PyEventType
    location: str | None
    absent_host: bool
    created_at: datetime
    updated_at: datetime | None
    attendees: list[PyAttendee]
    booking_fields_responses: dict[str, Any]
    meeting_url: str | None = None
    metadata: dict[str, Any] = {}
    rating: float | None = None
    ics_uid: str | None = None
    guests: list[str] = []


class PyPage(_Camel):
    status: str
    data: list[PyBooking]
    pagination: dict[str, Any]
