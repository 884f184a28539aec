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


class ReservedSlotOutput(ApiModel):
    """A slot reservation, as GET /v2/slots/reservations/{uid} sends it

    Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    event_type_id: int = field("eventTypeId", INT, required=True)
    slot_start: datetime.datetime = field("slotStart", DATETIME, required=True)
    slot_end: datetime.datetime = field("slotEnd", DATETIME, required=True)
    slot_duration: int = field("slotDuration", INT, required=True)
    reservation_uid: str = field("reservationUid", STR, required=True)
    reservation_until: datetime.datetime = field("reservationUntil", DATETIME, required=True)

    def __init__(
        self,
        *,
        event_type_id: int,
        slot_start: datetime.datetime,
        slot_end: datetime.datetime,
        slot_duration: int,
        reservation_uid: str,
        reservation_until: datetime.datetime,
    ) -> None:
        self._set(
            {
                "eventTypeId": event_type_id,
                "slotStart": slot_start,
                "slotEnd": slot_end,
                "slotDuration": slot_duration,
                "reservationUid": reservation_uid,
                "reservationUntil": reservation_until,
            }
        )


class ReservedSlotOutputDict(TypedDict, total=False):
    """``ReservedSlotOutput`` as a plain dict with the API's JSON names, for request bodies."""

    eventTypeId: Required[int]
    slotStart: Required[datetime.datetime]
    slotEnd: Required[datetime.datetime]
    slotDuration: Required[int]
    reservationUid: Required[str]
    reservationUntil: Required[datetime.datetime]
