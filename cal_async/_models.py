"""Runtime base classes for the models and enums, and the JSON encoding of request values.

Models (generated, and hand-written ones declared the same way) are *views* over the decoded JSON
object: constructing one from a response only stores the dict; its first typed field read
(:class:`cal_async._fields.Field`) decodes that field, as does the second; the third decodes all
the others at once with a decoder compiled for the class from its declarations
(``cal_async._object_decoder``), and later
reads are plain attribute lookups. That keeps parsing a 250-booking page below the cost of decoding the JSON
itself, reading every field close to reading the dicts, keeps every field the server sent
(including ones the document does not declare), and never fails on a field nobody reads.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, KeysView, Mapping
from datetime import date, datetime
from enum import Enum, IntEnum, StrEnum
from typing import Any, ClassVar, Self, dataclass_transform

from ._errors import ResponseValidationError
from ._fields import Field, field
from ._instants import iso_utc
from ._object_decoder import declared_fields, install
from ._sentinel import Unset

__all__ = ["ApiModel", "OpenIntEnum", "OpenStrEnum", "ResponseValidationError", "to_json"]

# Field names whose values are credentials: masked in reprs.
_SECRET_FIELD = re.compile(r"(secret|token|password|api_?key|apikey)", re.IGNORECASE)


# Type checkers see generated models as frozen, keyword-only dataclasses whose attributes have
# the annotated types (``field`` returns a Field descriptor at run time).
@dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(field,))
class ApiModel:
    """Base of every model: an immutable view over one JSON object.

    ``_data`` holds the JSON object; ``__dict__`` caches decoded field values (written only by the
    class's field decoder and the fields themselves), so the model is immutable from the outside.
    A subclass declares its fields with ``field(key, decoder, required=...)``; defining it derives
    the rest from those declarations.
    """

    __slots__ = ("__dict__", "__weakref__", "_data", "_page")

    # Set for each subclass from its declarations (``__init_subclass__``): its fields (bases'
    # first), the JSON names of all of them and of the required ones, and its field decoder.
    _declared_fields: ClassVar[tuple[Field[Any], ...]] = ()
    _fields: ClassVar[frozenset[str]] = frozenset()
    _required: ClassVar[frozenset[str]] = frozenset()

    _data: dict[str, Any]

    @staticmethod
    def _decode_fields(obj: Any) -> dict[str, Any]:  # replaced for each subclass (install)
        return obj.__dict__  # type: ignore[no-any-return]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        declared = declared_fields(cls)
        cls._declared_fields = declared
        cls._fields = frozenset(f.key for f in declared)
        cls._required = frozenset(f.key for f in declared if f.required)
        install(cls)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Wrap a decoded JSON object; fields are decoded when read."""
        if type(data) is not dict:
            if not isinstance(data, Mapping):
                raise ResponseValidationError(
                    cls.__name__,
                    None,
                    f"expected a JSON object, the server sent {type(data).__name__} {str(data)[:60]!r}",
                )
            data = dict(data)
        obj = object.__new__(cls)
        object.__setattr__(obj, "_data", data)
        return obj

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Could ``data`` be this model? (Used to pick a variant of a ``oneOf``.)"""
        return isinstance(data, dict) and cls._required <= data.keys()

    def _set(self, given: Mapping[str, object]) -> None:
        """Constructor body of every generated ``__init__``: ``given`` maps JSON names to the
        arguments; unset ones are left out, the others stored as the JSON the server reads."""
        data = {key: to_json(value, what=key) for key, value in given.items() if not isinstance(value, Unset)}
        object.__setattr__(self, "_data", data)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model holds, including fields the spec does not declare."""
        return dict(self._data)

    @property
    def model_extra(self) -> dict[str, Any]:
        """Fields the server sent that the API document does not declare."""
        return {k: v for k, v in self._data.items() if k not in self._fields}

    def __getitem__(self, key: str) -> Any:
        """Raw access by JSON name, for fields the document does not declare."""
        return self._data[key]

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def keys(self) -> KeysView[str]:
        """The JSON names: ``dict(model)`` (FastAPI's ``jsonable_encoder``) is the JSON object."""
        return self._data.keys()

    # Pydantic v2 / FastAPI support (response_model=, OpenAPI), in a module imported only here.
    @classmethod
    def __get_pydantic_core_schema__(cls, source: object, handler: Any) -> Any:
        from ._pydantic import model_core_schema

        return model_core_schema(cls, handler)

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> Any:
        from ._pydantic import model_json_schema

        return model_json_schema(cls, schema, handler)

    @property
    def __pydantic_serializer__(self) -> Any:
        # Read by pydantic-core for a value typed ``Any`` (``-> dict`` endpoints, ``dict[str, Any]``).
        from ._pydantic import serializer_of

        return serializer_of(type(self))

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable; build a new one instead")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._data == other._data

    def __hash__(self) -> int:
        return hash((type(self).__name__, repr(sorted(self._data.items(), key=lambda kv: kv[0]))))

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{k}={'***' if _SECRET_FIELD.search(k) else repr(v)}" for k, v in self._data.items()
        )
        return f"{type(self).__name__}({shown})"

    def __getstate__(self) -> dict[str, Any]:
        return self._data

    def __setstate__(self, state: dict[str, Any]) -> None:
        object.__setattr__(self, "_data", state)


class OpenStrEnum(StrEnum):
    """A string enum that accepts values the API document does not list.

    The live server sends values the spec lacks (booking status ``awaiting_host``); such a value
    becomes a pseudo-member that compares equal to its string and reports ``is_known == False``,
    instead of failing the whole response.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Is this value one the API document lists?"""
        return self._value_ in type(self)._value2member_map_

    def __str__(self) -> str:
        return str(self._value_)


class OpenIntEnum(IntEnum):
    """An integer enum that accepts values the API document does not list (see OpenStrEnum)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        return self._value_ in type(self)._value2member_map_


def to_json(value: object, *, what: str = "value") -> Any:
    """A request value as JSON: models as their data, aware datetimes and dates as ISO 8601, enums
    as their values, mappings and sequences element by element. A naive datetime is refused
    before anything is sent (whose 09:00 would it be?). A model's data is converted too: one built
    with ``from_dict`` from Python values (a ``date``, a nested model) is sent as JSON all the same."""
    if isinstance(value, ApiModel):
        return to_json(value._data, what=what)
    if isinstance(value, datetime):
        return iso_utc(value, what)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): to_json(v, what=f"{what}[{k!r}]") for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v, what=f"{what}[{i}]") for i, v in enumerate(value)]
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{what} is {value!r}, which JSON cannot carry")
        return value
    if isinstance(value, Unset):
        raise ValueError(f"{what} is UNSET, which cannot be sent; leave the field out instead")
    raise ValueError(f"{what} is a {type(value).__name__}, which has no JSON form")
