# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypedDict

from cal_async._fields import (
    BOOL,
    DATETIME,
    FLOAT,
    INT,
    STR,
    Field,
    enum_of,
    list_of,
    model,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .booking_output_status import BookingOutputStatus

if TYPE_CHECKING:
    from .booking_attendee import BookingAttendee, BookingAttendeeDict
    from .booking_host import BookingHost, BookingHostDict
    from .booking_output_booking_fields_responses import BookingOutputBookingFieldsResponses
    from .booking_output_metadata import BookingOutputMetadata
    from .event_type import EventType, EventTypeDict

    pass


class BookingOutput(ApiModel):
    """Fields are decoded, checked and cached when first read; fields the API document does not declare
    stay readable with ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()
    _fields: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "uid",
            "title",
            "description",
            "hosts",
            "status",
            "start",
            "end",
            "duration",
            "eventTypeId",
            "eventType",
            "location",
            "absentHost",
            "createdAt",
            "updatedAt",
            "attendees",
            "bookingFieldsResponses",
            "cancellationReason",
            "cancelledByEmail",
            "reschedulingReason",
            "rescheduledByEmail",
            "rescheduledFromUid",
            "rescheduledToUid",
            "meetingUrl",
            "metadata",
            "rating",
            "icsUid",
            "guests",
        }
    )
    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "uid",
            "title",
            "description",
            "hosts",
            "status",
            "start",
            "end",
            "duration",
            "eventTypeId",
            "eventType",
            "location",
            "absentHost",
            "createdAt",
            "updatedAt",
            "attendees",
            "bookingFieldsResponses",
        }
    )

    id: Field[int] = Field("id", INT, required=True)
    uid: Field[str] = Field("uid", STR, required=True)
    title: Field[str] = Field("title", STR, required=True)
    description: Field[str | None] = Field("description", nullable(STR), required=True)
    hosts: Field[list[BookingHost]] = Field("hosts", list_of(model("booking_host", "BookingHost")), required=True)
    status: Field[BookingOutputStatus] = Field("status", enum_of(BookingOutputStatus), required=True)
    start: Field[datetime.datetime] = Field("start", DATETIME, required=True)
    end: Field[datetime.datetime] = Field("end", DATETIME, required=True)
    duration: Field[int] = Field("duration", INT, required=True)
    event_type_id: Field[int] = Field("eventTypeId", INT, required=True)
    """ Deprecated - rely on 'eventType' object containing the id instead. """
    event_type: Field[EventType] = Field("eventType", model("event_type", "EventType"), required=True)
    location: Field[str | None] = Field("location", nullable(STR), required=True)
    absent_host: Field[bool] = Field("absentHost", BOOL, required=True)
    created_at: Field[datetime.datetime] = Field("createdAt", DATETIME, required=True)
    updated_at: Field[datetime.datetime | None] = Field("updatedAt", nullable(DATETIME), required=True)
    attendees: Field[list[BookingAttendee]] = Field(
        "attendees", list_of(model("booking_attendee", "BookingAttendee")), required=True
    )
    booking_fields_responses: Field[BookingOutputBookingFieldsResponses] = Field(
        "bookingFieldsResponses",
        model("booking_output_booking_fields_responses", "BookingOutputBookingFieldsResponses"),
        required=True,
    )
    """ Booking field responses consisting of an object with booking field slug as keys and user response as
    values. """
    cancellation_reason: Field[str | Unset] = Field("cancellationReason", STR, required=False)
    cancelled_by_email: Field[str | Unset] = Field("cancelledByEmail", STR, required=False)
    rescheduling_reason: Field[str | Unset] = Field("reschedulingReason", STR, required=False)
    rescheduled_by_email: Field[str | Unset] = Field("rescheduledByEmail", STR, required=False)
    rescheduled_from_uid: Field[str | Unset] = Field("rescheduledFromUid", STR, required=False)
    """ UID of the previous booking from which this booking was rescheduled. """
    rescheduled_to_uid: Field[str | Unset] = Field("rescheduledToUid", STR, required=False)
    """ UID of the new booking to which this booking was rescheduled. """
    meeting_url: Field[str | None | Unset] = Field("meetingUrl", nullable(STR), required=False)
    """ Deprecated - rely on 'location' field instead. """
    metadata: Field[BookingOutputMetadata | Unset] = Field(
        "metadata", model("booking_output_metadata", "BookingOutputMetadata"), required=False
    )
    rating: Field[float | None | Unset] = Field("rating", nullable(FLOAT), required=False)
    ics_uid: Field[str | Unset] = Field("icsUid", STR, required=False)
    """ UID of ICS event. """
    guests: Field[list[str] | Unset] = Field("guests", list_of(STR), required=False)

    def __init__(
        self,
        *,
        id: int,
        uid: str,
        title: str,
        description: str | None,
        hosts: list[BookingHost],
        status: BookingOutputStatus,
        start: datetime.datetime,
        end: datetime.datetime,
        duration: int,
        event_type_id: int,
        event_type: EventType,
        location: str | None,
        absent_host: bool,
        created_at: datetime.datetime,
        updated_at: datetime.datetime | None,
        attendees: list[BookingAttendee],
        booking_fields_responses: BookingOutputBookingFieldsResponses,
        cancellation_reason: str | Unset = UNSET,
        cancelled_by_email: str | Unset = UNSET,
        rescheduling_reason: str | Unset = UNSET,
        rescheduled_by_email: str | Unset = UNSET,
        rescheduled_from_uid: str | Unset = UNSET,
        rescheduled_to_uid: str | Unset = UNSET,
        meeting_url: str | None | Unset = UNSET,
        metadata: BookingOutputMetadata | Unset = UNSET,
        rating: float | None | Unset = UNSET,
        ics_uid: str | Unset = UNSET,
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


class BookingOutputDict(TypedDict, total=False):
    """``BookingOutput`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    uid: Required[str]
    title: Required[str]
    description: Required[str | None]
    hosts: Required[Sequence[BookingHost | BookingHostDict]]
    status: Required[BookingOutputStatus | Literal["accepted", "cancelled", "pending", "rejected"]]
    start: Required[datetime.datetime]
    end: Required[datetime.datetime]
    duration: Required[int]
    eventTypeId: Required[int]
    eventType: Required[EventType | EventTypeDict]
    location: Required[str | None]
    absentHost: Required[bool]
    createdAt: Required[datetime.datetime]
    updatedAt: Required[datetime.datetime | None]
    attendees: Required[Sequence[BookingAttendee | BookingAttendeeDict]]
    bookingFieldsResponses: Required[BookingOutputBookingFieldsResponses | Mapping[str, Any]]
    cancellationReason: str
    cancelledByEmail: str
    reschedulingReason: str
    rescheduledByEmail: str
    rescheduledFromUid: str
    rescheduledToUid: str
    meetingUrl: str | None
    metadata: BookingOutputMetadata | Mapping[str, Any]
    rating: float | None
    icsUid: str
    guests: Sequence[str]
