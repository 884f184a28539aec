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


class Seats(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    seats_per_time_slot: float | Unset = field("seatsPerTimeSlot", FLOAT, required=False)
    """ Number of seats available per time slot """
    show_attendee_info: bool | Unset = field("showAttendeeInfo", BOOL, required=False)
    """ Show attendee information to other guests """
    show_availability_count: bool | Unset = field("showAvailabilityCount", BOOL, required=False)
    """ Display the count of available seats """

    def __init__(
        self,
        *,
        seats_per_time_slot: float | Unset = UNSET,
        show_attendee_info: bool | Unset = UNSET,
        show_availability_count: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "seatsPerTimeSlot": seats_per_time_slot,
                "showAttendeeInfo": show_attendee_info,
                "showAvailabilityCount": show_availability_count,
            }
        )


class SeatsDict(TypedDict, total=False):
    """``Seats`` as a plain dict with the API's JSON names, for request bodies."""

    seatsPerTimeSlot: float
    showAttendeeInfo: bool
    showAvailabilityCount: bool
