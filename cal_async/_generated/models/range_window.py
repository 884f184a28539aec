# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.range_window_type import RangeWindowType


class RangeWindow(ApiModel):
    """
    Attributes:
        type_ (RangeWindowType): Whether the window should be business days, calendar days or a range of dates
        value (list[str]): Date range for when this event can be booked. Example: ['2030-09-05', '2030-09-09'].
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "type",
            "value",
        }
    )
    _required = frozenset(
        {
            "type",
            "value",
        }
    )

    def __init__(
        self,
        *,
        type_: RangeWindowType,
        value: list[str],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = RangeWindowType(type_).value

        data["value"] = value

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> RangeWindowType:
        """Whether the window should be business days, calendar days or a range of dates"""
        type_ = RangeWindowType(self._req("type"))

        return type_

    @property
    def value(self) -> list[str]:
        """Date range for when this event can be booked."""
        value = cast(list[str], self._req("value"))

        return value
