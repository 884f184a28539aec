# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    DATETIME,
    INT,
    STR,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class AvailableSlot(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    start: datetime.datetime = field("start", DATETIME, required=True)
    end: datetime.datetime | Unset = field("end", DATETIME, required=False)
    """ With format=range """
    seats_booked: int | Unset = field("seatsBooked", INT, required=False)
    seats_remaining: int | Unset = field("seatsRemaining", INT, required=False)
    seats_total: int | Unset = field("seatsTotal", INT, required=False)
    booking_uid: str | Unset = field("bookingUid", STR, required=False)

    def __init__(
        self,
        *,
        start: datetime.datetime,
        end: datetime.datetime | Unset = UNSET,
        seats_booked: int | Unset = UNSET,
        seats_remaining: int | Unset = UNSET,
        seats_total: int | Unset = UNSET,
        booking_uid: str | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "start": start,
                "end": end,
                "seatsBooked": seats_booked,
                "seatsRemaining": seats_remaining,
                "seatsTotal": seats_total,
                "bookingUid": booking_uid,
            }
        )


class AvailableSlotDict(TypedDict, total=False):
    """``AvailableSlot`` as a plain dict with the API's JSON names, for request bodies."""

    start: Required[datetime.datetime]
    end: datetime.datetime
    seatsBooked: int
    seatsRemaining: int
    seatsTotal: int
    bookingUid: str
