# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from cal_async._fields import (
    BOOL,
    FLOAT,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class BaseBookingLimitsCount(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    day: float | Unset = field("day", FLOAT, required=False)
    """ The number of bookings per day """
    week: float | Unset = field("week", FLOAT, required=False)
    """ The number of bookings per week """
    month: float | Unset = field("month", FLOAT, required=False)
    """ The number of bookings per month """
    year: float | Unset = field("year", FLOAT, required=False)
    """ The number of bookings per year """
    disabled: bool | Unset = field("disabled", BOOL, required=False)

    def __init__(
        self,
        *,
        day: float | Unset = UNSET,
        week: float | Unset = UNSET,
        month: float | Unset = UNSET,
        year: float | Unset = UNSET,
        disabled: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "day": day,
                "week": week,
                "month": month,
                "year": year,
                "disabled": disabled,
            }
        )


class BaseBookingLimitsCountDict(TypedDict, total=False):
    """``BaseBookingLimitsCount`` as a plain dict with the API's JSON names, for request bodies."""

    day: float
    week: float
    month: float
    year: float
    disabled: bool
