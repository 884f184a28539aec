"""The one sentinel: :data:`UNSET` marks an optional field or parameter that was not given.

``None`` cannot serve: for many fields JSON ``null`` is a value the server sends and accepts.
"""

from __future__ import annotations

from typing import Final, Literal, TypeVar

__all__ = ["UNSET", "Unset", "or_none"]

T = TypeVar("T")


class Unset:
    """The type of :data:`UNSET`; falsy, and one instance only."""

    __slots__ = ()
    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Final = Unset()


def or_none(value: T | Unset) -> T | None:
    """``value``, with an absent field (``UNSET``) as ``None``: for results that say "not given"
    with ``None``."""
    return None if isinstance(value, Unset) else value
