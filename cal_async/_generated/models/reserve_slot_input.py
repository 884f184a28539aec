# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    DATETIME,
    INT,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class ReserveSlotInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    event_type_id: int = field("eventTypeId", INT, required=True)
    """ The ID of the event type for which slot should be reserved. """
    slot_start: datetime.datetime = field("slotStart", DATETIME, required=True)
    """ ISO 8601 datestring in UTC timezone representing available slot. """
    slot_duration: int | Unset = field("slotDuration", INT, required=False)
    """ By default slot duration is equal to event type length, but if you want to reserve a slot for an
    event type that has a variable length you can specify it here as a number in minutes. If you don't
    have this set explicitly that event type can have one of many lengths you can omit this. """
    reservation_duration: int | Unset = field("reservationDuration", INT, required=False)
    """ ONLY for authenticated requests with api key, access token or OAuth credentials (ID + secret).

          For how many minutes the slot should be reserved - for this long time noone else can book this
    event type at `start` time. If not provided, defaults to 5 minutes. """

    def __init__(
        self,
        *,
        event_type_id: int,
        slot_start: datetime.datetime,
        slot_duration: int | Unset = UNSET,
        reservation_duration: int | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "eventTypeId": event_type_id,
                "slotStart": slot_start,
                "slotDuration": slot_duration,
                "reservationDuration": reservation_duration,
            }
        )


class ReserveSlotInputDict(TypedDict, total=False):
    """``ReserveSlotInput`` as a plain dict with the API's JSON names, for request bodies."""

    eventTypeId: Required[int]
    slotStart: Required[datetime.datetime]
    slotDuration: int
    reservationDuration: int
