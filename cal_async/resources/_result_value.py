"""The base of the helpers' result classes: pydantic (FastAPI's ``response_model=``, its OpenAPI
schema, a request body) knows them as JSON objects of their fields.

The hooks import ``cal_async._pydantic`` when pydantic first asks, never before.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ResultValue"]


class ResultValue:
    """Mixed into a frozen attrs result class (``BookingResult``, ``Slot``...); adds no state."""

    __slots__ = ()

    @classmethod
    def __get_pydantic_core_schema__(cls, source: object, handler: Any) -> Any:
        from .._pydantic import value_core_schema

        return value_core_schema(cls, handler)

    @property
    def __pydantic_serializer__(self) -> Any:
        # Read by pydantic-core for a value typed ``Any`` (``-> dict`` endpoints, ``dict[str, Any]``).
        from .._pydantic import serializer_of

        return serializer_of(type(self))
