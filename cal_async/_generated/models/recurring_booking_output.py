# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from cal_async._fields import (
    BOOL,
    DATETIME,
    FLOAT,
    INT,
    STR,
    enum_of,
    field,
    list_of,
    model,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .recurring_booking_output_status import RecurringBookingOutputStatus

if TYPE_CHECKING:
    from .booking_attendee import BookingAttendee, BookingAttendeeDict
    from .booking_host import BookingHost, BookingHostDict
    from .event_type import EventType, EventTypeDict
    from .recurring_booking_output_booking_fields_responses import RecurringBookingOutputBookingFieldsResponses
    from .recurring_booking_output_metadata import RecurringBookingOutputMetadata

    pass


class RecurringBookingOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int = field("id", INT, required=True)
    uid: str = field("uid", STR, required=True)
    title: str = field("title", STR, required=True)
    description: str | None = field("description", nullable(STR), required=True)
    hosts: list[BookingHost] = field("hosts", list_of(model("booking_host", "BookingHost")), required=True)
    status: RecurringBookingOutputStatus = field("status", enum_of(RecurringBookingOutputStatus), required=True)
    start: datetime.datetime = field("start", DATETIME, required=True)
    end: datetime.datetime = field("end", DATETIME, required=True)
    duration: int = field("duration", INT, required=True)
    event_type_id: int | None = field("eventTypeId", nullable(INT), required=True)
    """ Deprecated - rely on 'eventType' object containing the id instead. """
    event_type: EventType | None = field("eventType", nullable(model("event_type", "EventType")), required=True)
    location: str | None = field("location", nullable(STR), required=True)
    absent_host: bool = field("absentHost", BOOL, required=True)
    created_at: datetime.datetime = field("createdAt", DATETIME, required=True)
    updated_at: datetime.datetime | None = field("updatedAt", nullable(DATETIME), required=True)
    attendees: list[BookingAttendee] = field(
        "attendees", list_of(model("booking_attendee", "BookingAttendee")), required=True
    )
    booking_fields_responses: RecurringBookingOutputBookingFieldsResponses = field(
        "bookingFieldsResponses",
        model("recurring_booking_output_booking_fields_responses", "RecurringBookingOutputBookingFieldsResponses"),
        required=True,
    )
    """ Booking field responses consisting of an object with booking field slug as keys and user response as
    values. """
    recurring_booking_uid: str = field("recurringBookingUid", STR, required=True)
    cancellation_reason: str | None | Unset = field("cancellationReason", nullable(STR), required=False)
    cancelled_by_email: str | None | Unset = field("cancelledByEmail", nullable(STR), required=False)
    rescheduling_reason: str | Unset = field("reschedulingReason", STR, required=False)
    rescheduled_by_email: str | None | Unset = field("rescheduledByEmail", nullable(STR), required=False)
    rescheduled_from_uid: str | Unset = field("rescheduledFromUid", STR, required=False)
    """ UID of the previous booking from which this booking was rescheduled. """
    rescheduled_to_uid: str | Unset = field("rescheduledToUid", STR, required=False)
    """ UID of the new booking to which this booking was rescheduled. """
    meeting_url: str | None | Unset = field("meetingUrl", nullable(STR), required=False)
    """ Deprecated - rely on 'location' field instead. """
    metadata: RecurringBookingOutputMetadata | Unset = field(
        "metadata", model("recurring_booking_output_metadata", "RecurringBookingOutputMetadata"), required=False
    )
    rating: float | None | Unset = field("rating", nullable(FLOAT), required=False)
    ics_uid: str | None | Unset = field("icsUid", nullable(STR), required=False)
    """ UID of ICS event. """
    guests: list[str] | Unset = field("guests", list_of(STR), required=False)

    def __init__(
        self,
        *,
        id: int,
        uid: str,
        title: str,
        description: str | None,
        hosts: list[BookingHost],
        status: RecurringBookingOutputStatus,
        start: datetime.datetime,
        end: datetime.datetime,
        duration: int,
        event_type_id: int | None,
        event_type: EventType | None,
        location: str | None,
        absent_host: bool,
        created_at: datetime.datetime,
        updated_at: datetime.datetime | None,
        attendees: list[BookingAttendee],
        booking_fields_responses: RecurringBookingOutputBookingFieldsResponses,
        recurring_booking_uid: str,
        cancellation_reason: str | None | Unset = UNSET,
        cancelled_by_email: str | None | Unset = UNSET,
        rescheduling_reason: str | Unset = UNSET,
        rescheduled_by_email: str | None | Unset = UNSET,
        rescheduled_from_uid: str | Unset = UNSET,
        rescheduled_to_uid: str | Unset = UNSET,
        meeting_url: str | None | Unset = UNSET,
        metadata: RecurringBookingOutputMetadata | Unset = UNSET,
        rating: float | None | Unset = UNSET,
        ics_uid: str | None | Unset = UNSET,
        guests: list[str] | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "id": id,
                "uid": uid,
                "title": title,
                "description": description,
                "hosts": hosts,
                "status": status,
                "start": start,
                "end": end,
                "duration": duration,
                "eventTypeId": event_type_id,
                "eventType": event_type,
                "location": location,
                "absentHost": absent_host,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "attendees": attendees,
                "bookingFieldsResponses": booking_fields_responses,
                "recurringBookingUid": recurring_booking_uid,
                "cancellationReason": cancellation_reason,
                "cancelledByEmail": cancelled_by_email,
                "reschedulingReason": rescheduling_reason,
                "rescheduledByEmail": rescheduled_by_email,
                "rescheduledFromUid": rescheduled_from_uid,
                "rescheduledToUid": rescheduled_to_uid,
                "meetingUrl": meeting_url,
                "metadata": metadata,
                "rating": rating,
                "icsUid": ics_uid,
                "guests": guests,
            }
        )


class RecurringBookingOutputDict(TypedDict, total=False):
    """``RecurringBookingOutput`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    uid: Required[str]
    title: Required[str]
    description: Required[str | None]
    hosts: Required[Sequence[BookingHost | BookingHostDict]]
    status: Required[RecurringBookingOutputStatus | Literal["accepted", "cancelled", "pending", "rejected"]]
    start: Required[datetime.datetime]
    end: Required[datetime.datetime]
    duration: Required[int]
    eventTypeId: Required[int | None]
    eventType: Required[EventType | EventTypeDict | None]
    location: Required[str | None]
    absentHost: Required[bool]
    createdAt: Required[datetime.datetime]
    updatedAt: Required[datetime.datetime | None]
    attendees: Required[Sequence[BookingAttendee | BookingAttendeeDict]]
    bookingFieldsResponses: Required[RecurringBookingOutputBookingFieldsResponses | Mapping[str, Any]]
    recurringBookingUid: Required[str]
    cancellationReason: str | None
    cancelledByEmail: str | None
    reschedulingReason: str
    rescheduledByEmail: str | None
    rescheduledFromUid: str
    rescheduledToUid: str
    meetingUrl: str | None
    metadata: RecurringBookingOutputMetadata | Mapping[str, Any]
    rating: float | None
    icsUid: str | None
    guests: Sequence[str]
