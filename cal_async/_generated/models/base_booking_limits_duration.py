# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class BaseBookingLimitsDuration(ApiModel):
    """
    Attributes:
        day (float | Unset): The duration of bookings per day (must be a multiple of 15) Example: 60.
        week (float | Unset): The duration of bookings per week (must be a multiple of 15) Example: 120.
        month (float | Unset): The duration of bookings per month (must be a multiple of 15) Example: 180.
        year (float | Unset): The duration of bookings per year (must be a multiple of 15) Example: 240.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "day",
            "week",
            "month",
            "year",
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
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def day(self) -> float | Unset:
        """The duration of bookings per day (must be a multiple of 15)"""
        return cast(float | Unset, self._data.get("day", UNSET))

    @property
    def week(self) -> float | Unset:
        """The duration of bookings per week (must be a multiple of 15)"""
        return cast(float | Unset, self._data.get("week", UNSET))

    @property
    def month(self) -> float | Unset:
        """The duration of bookings per month (must be a multiple of 15)"""
        return cast(float | Unset, self._data.get("month", UNSET))

    @property
    def year(self) -> float | Unset:
        """The duration of bookings per year (must be a multiple of 15)"""
        return cast(float | Unset, self._data.get("year", UNSET))
