# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    INT,
    STR,
    field,
    nullable,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class BookingReference(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    type_: str = field("type", STR, required=True)
    """ The type of the booking reference """
    event_uid: str = field("eventUid", STR, required=True)
    """ The event uid of the booking """
    destination_calendar_id: str | None = field("destinationCalendarId", nullable(STR), required=True)
    """ The id of the calendar the event is created in """
    id: int = field("id", INT, required=True)
    """ The id of the booking reference """

    def __init__(
        self,
        *,
        type_: str,
        event_uid: str,
        destination_calendar_id: str | None,
        id: int,
    ) -> None:
        self._set(
            {
                "type": type_,
                "eventUid": event_uid,
                "destinationCalendarId": destination_calendar_id,
                "id": id,
            }
        )


class BookingReferenceDict(TypedDict, total=False):
    """``BookingReference`` as a plain dict with the API's JSON names, for request bodies."""

    type: Required[str]
    eventUid: Required[str]
    destinationCalendarId: Required[str | None]
    id: Required[int]
