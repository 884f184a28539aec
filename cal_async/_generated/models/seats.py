# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    BOOL,
    FLOAT,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class Seats(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    seats_per_time_slot: float = field("seatsPerTimeSlot", FLOAT, required=True)
    """ Number of seats available per time slot """
    show_attendee_info: bool = field("showAttendeeInfo", BOOL, required=True)
    """ Show attendee information to other guests """
    show_availability_count: bool = field("showAvailabilityCount", BOOL, required=True)
    """ Display the count of available seats """

    def __init__(
        self,
        *,
        seats_per_time_slot: float,
        show_attendee_info: bool,
        show_availability_count: bool,
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

    seatsPerTimeSlot: Required[float]
    showAttendeeInfo: Required[bool]
    showAvailabilityCount: Required[bool]
