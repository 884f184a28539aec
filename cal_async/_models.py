"""Runtime base classes for the generated models and enums.

Generated models are *views* over the decoded JSON object: constructing one from a response only
stores the dict, and each typed property decodes its field when read. That keeps parsing a
250-booking page close to the cost of ``json.loads`` itself, keeps every field the server sent
(including ones the spec does not declare) and never fails on a field nobody reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from enum import IntEnum, StrEnum
from typing import Any, ClassVar, Self

from ._errors import CalError

# Field names whose values are credentials: masked in reprs.
_SECRET_FIELD = re.compile(r"(secret|token|password|api_?key|apikey)", re.IGNORECASE)


class ResponseValidationError(CalError):
    """A response does not have the shape the API document declares (found when it is read)."""

    def __init__(self, model: str, field: str | None, problem: str | None = None) -> None:
        if problem is None:
            problem = (
                f"the response has no {field!r} field, which the Cal.com API document marks as "
                "required; read the raw data with .to_dict() and report the mismatch"
            )
        super().__init__(f"{model}: {problem}")
        self.model = model
        self.field = field


class ApiModel:
    """Base of every generated model: an immutable, slotted view over one JSON object."""

    __slots__ = ("_data",)

    # JSON names of the properties the document declares, set by each generated class.
    _fields: ClassVar[frozenset[str]] = frozenset()
    _required: ClassVar[frozenset[str]] = frozenset()

    _data: dict[str, Any]

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

    def _req(self, key: str) -> Any:
        try:
            return self._data[key]
        except KeyError:
            raise ResponseValidationError(type(self).__name__, key) from None

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


def as_json(value: ApiModel | Mapping[str, Any]) -> dict[str, Any]:
    """A request body or nested object as JSON: a model's data, or a plain mapping as given."""
    if isinstance(value, ApiModel):
        return value.to_dict()
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"expected a cal_async model or a mapping, got {type(value).__name__}")
