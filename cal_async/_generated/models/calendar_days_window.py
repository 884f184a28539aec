# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    BOOL,
    FLOAT,
    enum_of,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .calendar_days_window_type import CalendarDaysWindowType

if TYPE_CHECKING:
    pass


class CalendarDaysWindow(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    type_: CalendarDaysWindowType = field("type", enum_of(CalendarDaysWindowType), required=True)
    """ Whether the window should be business days, calendar days or a range of dates """
    value: float = field("value", FLOAT, required=True)
    """ How many calendar days into the future can this event be booked """
    rolling: bool | Unset = field("rolling", BOOL, required=False)
    """ Determines the behavior of the booking window:
          - If **true**, the window is rolling. This means the number of available days will always be
    equal the specified 'value'
            and adjust dynamically as bookings are made. For example, if 'value' is 3 and availability
    is only on Mondays,
            a booker attempting to schedule on November 10 will see slots on November 11, 18, and 25. As
    one of these days
            becomes fully booked, a new day (e.g., December 2) will open up to ensure 3 available days
    are always visible.
          - If **false**, the window is fixed. This means the booking window only considers the next
    'value' days from the
            moment someone is trying to book. For example, if 'value' is 3, availability is only on
    Mondays, and the current
            date is November 10, the booker will only see slots on November 11 because the window is
    restricted to the next
            3 calendar days (November 10–12). """

    def __init__(
        self,
        *,
        type_: CalendarDaysWindowType,
        value: float,
        rolling: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "type": type_,
                "value": value,
                "rolling": rolling,
            }
        )


class CalendarDaysWindowDict(TypedDict, total=False):
    """``CalendarDaysWindow`` as a plain dict with the API's JSON names, for request bodies."""

    type: Required[CalendarDaysWindowType | Literal["businessDays", "calendarDays", "range"]]
    value: Required[float]
    rolling: bool
