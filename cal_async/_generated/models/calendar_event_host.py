# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
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


class CalendarEventHost(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    email: str = field("email", STR, required=True)
    """ Email address of the event host """
    name: str | None | Unset = field("name", nullable(STR), required=False)
    """ Display name of the event host """
    response_status: CalendarEventResponseStatus | Unset = field(
        "responseStatus", enum_of(CalendarEventResponseStatus), required=False
    )
    """ Response status of the attendee """

    def __init__(
        self,
        *,
        email: str,
        name: str | None | Unset = UNSET,
        response_status: CalendarEventResponseStatus | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "email": email,
                "name": name,
                "responseStatus": response_status,
            }
        )


class CalendarEventHostDict(TypedDict, total=False):
    """``CalendarEventHost`` as a plain dict with the API's JSON names, for request bodies."""

    email: Required[str]
    name: str | None
    responseStatus: CalendarEventResponseStatus | Literal["accepted", "declined", "needsAction", "pending"]
