# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class BaseBookingLimitsCount(ApiModel):
    """
    Attributes:
        day (float | Unset): The number of bookings per day Example: 1.
        week (float | Unset): The number of bookings per week Example: 2.
        month (float | Unset): The number of bookings per month Example: 3.
        year (float | Unset): The number of bookings per year Example: 4.
        disabled (bool | Unset):  Default: False.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "day",
            "week",
            "month",
            "year",
            "disabled",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        day: float | Unset = UNSET,
        week: float | Unset = UNSET,
        month: float | Unset = UNSET,
        year: float | Unset = UNSET,
        disabled: bool | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        _day = day

        if not isinstance(_day, Unset):
            data["day"] = _day
        _week = week

        if not isinstance(_week, Unset):
            data["week"] = _week
        _month = month

        if not isinstance(_month, Unset):
            data["month"] = _month
        _year = year

        if not isinstance(_year, Unset):
            data["year"] = _year
        _disabled = disabled

        if not isinstance(_disabled, Unset):
            data["disabled"] = _disabled
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def day(self) -> float | Unset:
        """The number of bookings per day"""
        return cast(float | Unset, self._data.get("day", UNSET))

    @property
    def week(self) -> float | Unset:
        """The number of bookings per week"""
        return cast(float | Unset, self._data.get("week", UNSET))

    @property
    def month(self) -> float | Unset:
        """The number of bookings per month"""
        return cast(float | Unset, self._data.get("month", UNSET))

    @property
    def year(self) -> float | Unset:
        """The number of bookings per year"""
        return cast(float | Unset, self._data.get("year", UNSET))

    @property
    def disabled(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("disabled", UNSET))
