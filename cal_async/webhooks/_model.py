"""Webhook payloads as models: the generated models' field machinery, in a tolerant mode.

A webhook model is an :class:`~cal_async._models.ApiModel` (an immutable view over the JSON
object, fields decoded when read) whose fields are declared like the generated ones, with
``field(jsonKey, DECODER, default=...)``. Two things make it tolerant, because a receiver that
fails on an odd payload loses the delivery: its decoders (``_tolerant``) read a value of another
shape as ``None``, and a field the payload lacks reads as its ``default`` (``None``, ``()``...)
instead of ``UNSET``. A ``fallback`` field is read when the first gives nothing (payloads of other
triggers or server versions name a value differently).

Unlike the API's models, webhook models are values: two are equal when their fields are, and
they can be built from values (``Organizer(email="ada@example.com")``) as well as read from JSON.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any, ClassVar, Final, dataclass_transform

from .._fields import Decoder
from .._fields import field as api_field
from .._models import ApiModel, to_json
from .._sentinel import UNSET

__all__ = ["WebhookModel", "delivered", "field"]

_NO_DEFAULT: Final = object()


class _Declared:
    """A declared attribute: its default, whether the constructor takes it and the repr shows it."""

    __slots__ = ("default", "factory", "init", "name", "repr")

    def __init__(
        self, default: object, factory: Callable[[], object] | None, *, init: bool, repr: bool
    ) -> None:
        self.default = default
        self.factory = factory
        self.init = init
        self.repr = repr
        self.name = ""

    @property
    def required(self) -> bool:
        return self.default is _NO_DEFAULT and self.factory is None

    def _default(self) -> Any:
        if self.factory is not None:
            return self.factory()
        return None if self.required else self.default

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __set__(self, obj: object, value: object) -> None:
        # A data descriptor: reads always come here (never an instance's cache of UNSET).
        raise AttributeError(f"{type(obj).__name__} is immutable; build a new one instead")


class _Field(_Declared):
    """What ``field`` declares: the generated field machinery's descriptor, read through a default."""

    __slots__ = ("decoder", "fallback", "field", "key")

    def __init__(
        self,
        key: str,
        decoder: Decoder[Any],
        default: object,
        factory: Callable[[], object] | None,
        *,
        init: bool,
        repr: bool,
        fallback: _Field | None,
    ) -> None:
        super().__init__(default, factory, init=init, repr=repr)
        self.key = key
        self.decoder = decoder
        self.fallback = fallback
        # A field without a default is required, as in the generated models: its absence raises.
        self.field = api_field(key, decoder, required=self.required)

    def __set_name__(self, owner: type, name: str) -> None:
        super().__set_name__(owner, name)
        self.field.__set_name__(owner, name)
        if self.fallback is not None:
            self.fallback.__set_name__(owner, name)

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return self
        # Each read decodes its field alone (``decode_one``): a fallback caches under the same
        # attribute name, so the generated models' read-all-on-the-second-read cache cannot serve
        # this data descriptor (which the instance ``__dict__`` never shadows anyway).
        value = self.field.decode_one(obj)
        if (value is UNSET or value is None) and self.fallback is not None:
            value = self.fallback.__get__(obj, owner)
        return self._default() if value is UNSET or value is None else value

    @property
    def path(self) -> tuple[str, ...]:
        """Where the value sits in the JSON object: the key, then the decoder's path under it."""
        return (self.key, *getattr(self.decoder, "path", ()))


class _Delivered(_Declared):
    """An attribute that comes with the delivery, not from the JSON object the model views (an
    event's trigger, its whole body...)."""

    __slots__ = ()

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        delivery: dict[str, Any] = obj._delivery  # set when the event is built or received
        return delivery[self.name] if self.name in delivery else self._default()


def field(
    key: str,
    decoder: Decoder[Any],
    *,
    default: Any = _NO_DEFAULT,
    factory: Callable[[], Any] | None = None,
    init: bool = True,
    repr: bool = True,
    fallback: Any = None,
) -> Any:
    """Declare a webhook model field: ``time_zone: str | None = field("timeZone", TEXT, default=None)``.

    ``default`` (or ``factory``) is what a read gives when the payload lacks the value or the
    decoder declines it; a field without one is required (its absence raises
    ``ResponseValidationError``, as in the generated models). ``fallback``, another ``field``, is
    read when this one gives nothing. ``init=False`` leaves a value derived from another field out
    of the constructor. Typed as ``Any`` so that checkers take the annotation as the field's type.
    """
    return _Field(key, decoder, default, factory, init=init, repr=repr, fallback=fallback)


def delivered(*, default: Any = None, factory: Callable[[], Any] | None = None, repr: bool = True) -> Any:
    """Declare an attribute that comes with the delivery rather than from the payload."""
    return _Delivered(default, factory, init=True, repr=repr)


def _wire(value: object) -> Any:
    """A value as the JSON it was read from: offsets are minutes on the wire."""
    if isinstance(value, timedelta):
        minutes = value.total_seconds() / 60
        return int(minutes) if minutes.is_integer() else minutes
    return to_json(value)


def _put(data: dict[str, Any], path: tuple[str, ...], value: object) -> None:
    """``value`` at ``path`` in ``data``, copying the nested objects on the way (never the caller's)."""
    *parents, last = path
    for key in parents:
        nested = data.get(key)
        data[key] = dict(nested) if isinstance(nested, dict) else {}
        data = data[key]
    data[last] = value


@dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(field, delivered))
class WebhookModel(ApiModel):
    """Base of the webhook payload models: tolerant fields, equality by value, built from values."""

    __slots__ = ()

    #: Every declared attribute (``field`` and ``delivered``), by attribute name.
    _attributes: ClassVar[dict[str, _Field | _Delivered]] = {}
    #: The names of the ``delivered`` ones.
    _delivered: ClassVar[frozenset[str]] = frozenset()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        attributes = {
            name: value
            for klass in reversed(cls.__mro__)
            for name, value in vars(klass).items()
            if isinstance(value, _Field | _Delivered)
        }
        fields = [f for f in attributes.values() if isinstance(f, _Field)]
        cls._attributes = attributes
        cls._delivered = frozenset(n for n, a in attributes.items() if isinstance(a, _Delivered))
        cls._fields = frozenset(f.key for f in fields)
        cls._required = frozenset(f.key for f in fields if f.required)

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Could ``data`` be one of these: does it hold a usable value for every required field?"""
        if not isinstance(data, dict) or not cls._required <= data.keys():
            return False
        required = (f for f in cls._attributes.values() if isinstance(f, _Field) and f.required)
        return all(f.decoder(data[f.key]) is not None for f in required)

    def __init__(self, **values: Any) -> None:
        self._set(self._json(values, {}))

    @classmethod
    def _json(cls, values: dict[str, Any], base: dict[str, Any]) -> dict[str, Any]:
        """The JSON object of a model built from ``values`` (attribute names), over ``base``."""
        data = dict(base)
        for name, value in values.items():
            declared = cls._attributes.get(name)
            if not isinstance(declared, _Field) or not declared.init:
                raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {name!r}")
            if value is not None:
                _put(data, declared.path, _wire(value))
        return data

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._attributes)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, WebhookModel)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._values()))

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={getattr(self, name)!r}" for name, declared in self._attributes.items() if declared.repr
        )
        return f"{type(self).__name__}({shown})"
