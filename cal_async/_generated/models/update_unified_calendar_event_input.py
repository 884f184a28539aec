# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, TypedDict

from cal_async._fields import (
    STR,
    enum_of,
    field,
    list_of,
    model,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .calendar_event_status import CalendarEventStatus

if TYPE_CHECKING:
    from .update_calendar_event_attendee import UpdateCalendarEventAttendee, UpdateCalendarEventAttendeeDict
    from .update_unified_calendar_event_input_end import (
        UpdateUnifiedCalendarEventInputEnd,
        UpdateUnifiedCalendarEventInputEndDict,
    )
    from .update_unified_calendar_event_input_start import (
        UpdateUnifiedCalendarEventInputStart,
        UpdateUnifiedCalendarEventInputStartDict,
    )

    pass


class UpdateUnifiedCalendarEventInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    start: UpdateUnifiedCalendarEventInputStart | Unset = field(
        "start",
        model("update_unified_calendar_event_input_start", "UpdateUnifiedCalendarEventInputStart"),
        required=False,
    )
    """ Start date and time of the calendar event with timezone information """
    end: UpdateUnifiedCalendarEventInputEnd | Unset = field(
        "end", model("update_unified_calendar_event_input_end", "UpdateUnifiedCalendarEventInputEnd"), required=False
    )
    """ End date and time of the calendar event with timezone information """
    title: str | Unset = field("title", STR, required=False)
    """ Title of the calendar event """
    description: str | None | Unset = field("description", nullable(STR), required=False)
    """ Detailed description of the calendar event """
    attendees: list[UpdateCalendarEventAttendee] | None | Unset = field(
        "attendees",
        nullable(list_of(model("update_calendar_event_attendee", "UpdateCalendarEventAttendee"))),
        required=False,
    )
    """ List of attendees. CAUTION: You must pass the entire array with all updated values. Any attendees
    not included in this array will be removed from the event. """
    status: CalendarEventStatus | Unset = field("status", enum_of(CalendarEventStatus), required=False)
    """ Status of the event (accepted, pending, declined, cancelled) """

    def __init__(
        self,
        *,
        start: UpdateUnifiedCalendarEventInputStart | Unset = UNSET,
        end: UpdateUnifiedCalendarEventInputEnd | Unset = UNSET,
        title: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        attendees: list[UpdateCalendarEventAttendee] | None | Unset = UNSET,
        status: CalendarEventStatus | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "start": start,
                "end": end,
                "title": title,
                "description": description,
                "attendees": attendees,
                "status": status,
            }
        )


class UpdateUnifiedCalendarEventInputDict(TypedDict, total=False):
    """``UpdateUnifiedCalendarEventInput`` as a plain dict with the API's JSON names, for request bodies."""

    start: UpdateUnifiedCalendarEventInputStart | UpdateUnifiedCalendarEventInputStartDict
    end: UpdateUnifiedCalendarEventInputEnd | UpdateUnifiedCalendarEventInputEndDict
    title: str
    description: str | None
    attendees: Sequence[UpdateCalendarEventAttendee | UpdateCalendarEventAttendeeDict] | None
    status: CalendarEventStatus | Literal["accepted", "cancelled", "declined", "pending"]
