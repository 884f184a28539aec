# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    BOOL,
    STR,
    enum_of,
    field,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .calendar_event_response_status import CalendarEventResponseStatus

if TYPE_CHECKING:
    pass


class CalendarEventAttendee(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    email: str = field("email", STR, required=True)
    """ Email address of the attendee """
    name: str | Unset = field("name", STR, required=False)
    """ Display name of the attendee """
    response_status: CalendarEventResponseStatus | Unset = field(
        "responseStatus", enum_of(CalendarEventResponseStatus), required=False
    )
    """ Response status of the attendee """
    self_: bool | None | Unset = field("self", nullable(BOOL), required=False)
    """ Indicates if this attendee is the current user """
    optional: bool | None | Unset = field("optional", nullable(BOOL), required=False)
    """ Indicates if this attendee's attendance is optional """
    host: bool | None | Unset = field("host", nullable(BOOL), required=False)
    """ Indicates if this attendee is the host """

    def __init__(
        self,
        *,
        email: str,
        name: str | Unset = UNSET,
        response_status: CalendarEventResponseStatus | Unset = UNSET,
        self_: bool | None | Unset = UNSET,
        optional: bool | None | Unset = UNSET,
        host: bool | None | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "email": email,
                "name": name,
                "responseStatus": response_status,
                "self": self_,
                "optional": optional,
                "host": host,
            }
        )


class CalendarEventAttendeeDict(TypedDict, total=False):
    """``CalendarEventAttendee`` as a plain dict with the API's JSON names, for request bodies."""

    email: Required[str]
    name: str
    responseStatus: CalendarEventResponseStatus | Literal["accepted", "declined", "needsAction", "pending"]
    self: bool | None
    optional: bool | None
    host: bool | None
