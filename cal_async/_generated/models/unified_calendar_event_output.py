# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    STR,
    enum_of,
    field,
    list_of,
    model,
    nullable,
    one_of,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .calendar_event_status import CalendarEventStatus
from .calendar_source import CalendarSource

if TYPE_CHECKING:
    from .calendar_event_attendee import CalendarEventAttendee, CalendarEventAttendeeDict
    from .calendar_event_host import CalendarEventHost, CalendarEventHostDict
    from .calendar_event_more_location import CalendarEventMoreLocation, CalendarEventMoreLocationDict
    from .calendar_event_owner import CalendarEventOwner, CalendarEventOwnerDict
    from .calendar_event_phone_location import CalendarEventPhoneLocation, CalendarEventPhoneLocationDict
    from .calendar_event_sip_location import CalendarEventSipLocation, CalendarEventSipLocationDict
    from .calendar_event_video_location import CalendarEventVideoLocation, CalendarEventVideoLocationDict
    from .unified_calendar_event_output_end import UnifiedCalendarEventOutputEnd, UnifiedCalendarEventOutputEndDict
    from .unified_calendar_event_output_start import (
        UnifiedCalendarEventOutputStart,
        UnifiedCalendarEventOutputStartDict,
    )

    pass


class UnifiedCalendarEventOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    start: UnifiedCalendarEventOutputStart = field(
        "start", model("unified_calendar_event_output_start", "UnifiedCalendarEventOutputStart"), required=True
    )
    """ Start date and time of the calendar event with timezone information """
    end: UnifiedCalendarEventOutputEnd = field(
        "end", model("unified_calendar_event_output_end", "UnifiedCalendarEventOutputEnd"), required=True
    )
    """ End date and time of the calendar event with timezone information """
    id: str = field("id", STR, required=True)
    """ Unique identifier of the calendar event """
    title: str = field("title", STR, required=True)
    """ Title of the calendar event """
    source: CalendarSource = field("source", enum_of(CalendarSource), required=True)
    """ Calendar integration source (e.g., Google Calendar, Office 365, Apple Calendar). Currently only
    Google Calendar is supported. """
    description: str | None | Unset = field("description", nullable(STR), required=False)
    """ Detailed description of the calendar event """
    locations: (
        list[
            CalendarEventVideoLocation
            | CalendarEventPhoneLocation
            | CalendarEventSipLocation
            | CalendarEventMoreLocation
        ]
        | None
        | Unset
    ) = field(
        "locations",
        nullable(
            list_of(
                one_of(
                    model("calendar_event_video_location", "CalendarEventVideoLocation"),
                    model("calendar_event_phone_location", "CalendarEventPhoneLocation"),
                    model("calendar_event_sip_location", "CalendarEventSipLocation"),
                    model("calendar_event_more_location", "CalendarEventMoreLocation"),
                )
            )
        ),
        required=False,
    )
    """ Conference locations with entry points (video, phone, sip, more) """
    attendees: list[CalendarEventAttendee] | None | Unset = field(
        "attendees", nullable(list_of(model("calendar_event_attendee", "CalendarEventAttendee"))), required=False
    )
    """ List of attendees with their response status """
    status: CalendarEventStatus | Unset = field("status", enum_of(CalendarEventStatus), required=False)
    """ Status of the event (accepted, pending, declined, cancelled) """
    hosts: list[CalendarEventHost] | None | Unset = field(
        "hosts", nullable(list_of(model("calendar_event_host", "CalendarEventHost"))), required=False
    )
    """ Information about the event hosts (organizers) """
    calendar_event_owner: CalendarEventOwner | None | Unset = field(
        "calendarEventOwner", nullable(model("calendar_event_owner", "CalendarEventOwner")), required=False
    )
    """ The calendar account that owns this event. This is the primary calendar where the event is stored
    and cannot be modified without appropriate permissions. Changing this would require moving the event
    to a different calendar """

    def __init__(
        self,
        *,
        start: UnifiedCalendarEventOutputStart,
        end: UnifiedCalendarEventOutputEnd,
        id: str,
        title: str,
        source: CalendarSource,
        description: str | None | Unset = UNSET,
        locations: list[
            CalendarEventVideoLocation
            | CalendarEventPhoneLocation
            | CalendarEventSipLocation
            | CalendarEventMoreLocation
        ]
        | None
        | Unset = UNSET,
        attendees: list[CalendarEventAttendee] | None | Unset = UNSET,
        status: CalendarEventStatus | Unset = UNSET,
        hosts: list[CalendarEventHost] | None | Unset = UNSET,
        calendar_event_owner: CalendarEventOwner | None | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "start": start,
                "end": end,
                "id": id,
                "title": title,
                "source": source,
                "description": description,
                "locations": locations,
                "attendees": attendees,
                "status": status,
                "hosts": hosts,
                "calendarEventOwner": calendar_event_owner,
            }
        )


class UnifiedCalendarEventOutputDict(TypedDict, total=False):
    """``UnifiedCalendarEventOutput`` as a plain dict with the API's JSON names, for request bodies."""

    start: Required[UnifiedCalendarEventOutputStart | UnifiedCalendarEventOutputStartDict]
    end: Required[UnifiedCalendarEventOutputEnd | UnifiedCalendarEventOutputEndDict]
    id: Required[str]
    title: Required[str]
    source: Required[CalendarSource | Literal["apple", "google", "office365"]]
    description: str | None
    locations: (
        Sequence[
            CalendarEventVideoLocation
            | CalendarEventVideoLocationDict
            | CalendarEventPhoneLocation
            | CalendarEventPhoneLocationDict
            | CalendarEventSipLocation
            | CalendarEventSipLocationDict
            | CalendarEventMoreLocation
            | CalendarEventMoreLocationDict
        ]
        | None
    )
    attendees: Sequence[CalendarEventAttendee | CalendarEventAttendeeDict] | None
    status: CalendarEventStatus | Literal["accepted", "cancelled", "declined", "pending"]
    hosts: Sequence[CalendarEventHost | CalendarEventHostDict] | None
    calendarEventOwner: CalendarEventOwner | CalendarEventOwnerDict | None
