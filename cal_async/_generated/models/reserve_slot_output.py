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

if TYPE_CHECKING:
    pass


class ReserveSlotOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    event_type_id: int = field("eventTypeId", INT, required=True)
    """ The ID of the event type for which slot was reserved. """
    slot_start: datetime.datetime = field("slotStart", DATETIME, required=True)
    """ ISO 8601 datestring in UTC timezone representing available slot. """
    slot_end: datetime.datetime = field("slotEnd", DATETIME, required=True)
    """ ISO 8601 datestring in UTC timezone representing slot end. """
    slot_duration: int = field("slotDuration", INT, required=True)
    """ By default slot duration is equal to event type length, but if you want to reserve a slot for an
    event type that has a variable length you can specify it here. If you don't have this set explicitly
    that event type can have one of many lengths you can omit this. """
    reservation_uid: str = field("reservationUid", STR, required=True)
    """ The unique identifier of the reservation. Use it to update, get or delete the reservation. """
    reservation_duration: int = field("reservationDuration", INT, required=True)
    """ For how many minutes the slot is reserved - for this long time noone else can book this event type
    at `start` time. """
    reservation_until: datetime.datetime = field("reservationUntil", DATETIME, required=True)
    """ ISO 8601 datestring in UTC timezone representing time until which the slot is reserved. """

    def __init__(
        self,
        *,
        event_type_id: int,
        slot_start: datetime.datetime,
        slot_end: datetime.datetime,
        slot_duration: int,
        reservation_uid: str,
        reservation_duration: int,
        reservation_until: datetime.datetime,
    ) -> None:
        self._set(
            {
                "eventTypeId": event_type_id,
                "slotStart": slot_start,
                "slotEnd": slot_end,
                "slotDuration": slot_duration,
                "reservationUid": reservation_uid,
                "reservationDuration": reservation_duration,
                "reservationUntil": reservation_until,
            }
        )


class ReserveSlotOutputDict(TypedDict, total=False):
    """``ReserveSlotOutput`` as a plain dict with the API's JSON names, for request bodies."""

    eventTypeId: Required[int]
    slotStart: Required[datetime.datetime]
    slotEnd: Required[datetime.datetime]
    slotDuration: Required[int]
    reservationUid: Required[str]
    reservationDuration: Required[int]
    reservationUntil: Required[datetime.datetime]
