"""Tolerant decoders for webhook payloads: a value of another shape reads as ``None``.

Webhook payloads vary between triggers and server versions, and a receiver that fails on an odd
field loses the delivery (Cal.com usually does not retry). So these decoders, built on the
generated models' ``cal_async._fields`` decoders, never refuse a value: what does not fit is
``None`` (or left out of a list), and the raw payload stays on the event for anything declined.
``at`` reads inside a nested object and remembers the path, so a model can also be built from
values (``_model.WebhookModel``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Final, TypeVar, overload

from .._fields import BOOL, DATETIME, INT, JSON_OBJECT, STR, Decoder, Mismatch

if TYPE_CHECKING:
    from ._model import WebhookModel

__all__ = [
    "BOOLEAN",
    "INSTANT",
    "INTEGER",
    "LOCALE",
    "MINUTES",
    "OBJECT",
    "TEXT",
    "Tolerant",
    "at",
    "items",
    "loose",
    "mapping",
    "view",
]

T = TypeVar("T")
M = TypeVar("M", bound="WebhookModel")


class Tolerant(Decoder[T | None]):
    """A decoder that gives ``None`` instead of refusing; ``path`` is where, under the field's key,
    it reads (``("metadata", "videoCallUrl")`` for ``at("videoCallUrl", ...)`` on ``metadata``)."""

    __slots__ = ("path",)

    def __init__(self, fn: Callable[[object], T | None], expected: str, path: tuple[str, ...] = ()) -> None:
        super().__init__(fn, expected)
        self.path = path


def loose(inner: Decoder[T]) -> Tolerant[T]:
    """``inner``'s value, or ``None`` for a value it refuses."""

    def decode(raw: object) -> T | None:
        if raw is None:
            return None
        try:
            return inner(raw)
        except (Mismatch, ValueError, OverflowError):
            return None

    return Tolerant(decode, f"{inner.expected}, else None")


def _integer(raw: object) -> int:
    # JSON has one number type (60.0 is 60); an id sent as decimal text is still the id. Not a
    # bool (True is not an id), nor text beyond the interpreter's int-from-str digit limit.
    if type(raw) is str and raw.isdecimal():
        return int(raw)
    return INT(raw)


def _minutes(raw: object) -> timedelta:
    if type(raw) is bool or not isinstance(raw, int | float) or not math.isfinite(raw):
        raise Mismatch("a number of minutes", raw)
    return timedelta(minutes=raw)  # OverflowError for an absurd one: None


def _locale(raw: object) -> str:
    # ``language`` is ``{"locale": "en"}`` on the wire; a bare string is accepted too.
    if type(raw) is dict:
        raw = raw.get("locale")
    return STR(raw)


TEXT: Final = loose(STR)
INTEGER: Final = loose(Decoder(_integer, "an integer"))
BOOLEAN: Final = loose(BOOL)
INSTANT: Final[Tolerant[datetime]] = loose(DATETIME)
MINUTES: Final = loose(Decoder(_minutes, "a number of minutes"))
LOCALE: Final = loose(Decoder(_locale, 'a locale, or {"locale": ...}'))
OBJECT: Final = loose(JSON_OBJECT)


@overload
def at(key: str, inner: Decoder[T | None], /) -> Tolerant[T]: ...
@overload
def at(key: str, key2: str, inner: Decoder[T | None], /) -> Tolerant[T]: ...
def at(*args: Any) -> Tolerant[Any]:
    """``at("reason", "emoji", TEXT)``: the value under those keys of a nested object, decoded."""
    *path, inner = args

    def decode(raw: object) -> Any:
        for key in path:
            if type(raw) is not dict:
                return None
            raw = raw.get(key)
        return inner(raw) if raw is not None else None

    return Tolerant(decode, f"{inner.expected} at {'.'.join(path)}", (*path, *getattr(inner, "path", ())))


def items(inner: Decoder[T | None], *, single: bool = False) -> Tolerant[tuple[T, ...]]:
    """The items of a list that ``inner`` accepts (the others are left out); with ``single``, a
    value that is not a list is taken as a list of one."""

    def decode(raw: object) -> tuple[T, ...] | None:
        if type(raw) is not list:
            if not single or raw is None:
                return None
            raw = [raw]
        decoded = (inner(item) for item in raw)
        return tuple(item for item in decoded if item is not None)

    return Tolerant(decode, f"a list of {inner.expected}")


def mapping(inner: Decoder[T]) -> Tolerant[dict[str, T]]:
    """A JSON object whose every value ``inner`` decodes."""

    def decode(raw: object) -> dict[str, T] | None:
        return {key: inner(value) for key, value in raw.items()} if type(raw) is dict else None

    return Tolerant(decode, f"an object of {inner.expected}")


def view(cls: type[M]) -> Tolerant[M]:
    """A JSON object as the webhook model ``cls`` (a view: its fields decode when read), or
    ``None`` when it lacks a value ``cls`` cannot do without."""

    def decode(raw: object) -> M | None:
        return cls.from_dict(raw) if type(raw) is dict and cls._matches(raw) else None

    return Tolerant(decode, f"a {cls.__name__} object")
