# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.recurring_booking_output_status import RecurringBookingOutputStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.booking_attendee import BookingAttendee
    from ..models.booking_host import BookingHost
    from ..models.event_type import EventType
    from ..models.recurring_booking_output_booking_fields_responses import RecurringBookingOutputBookingFieldsResponses
    from ..models.recurring_booking_output_metadata import RecurringBookingOutputMetadata


class RecurringBookingOutput(ApiModel):
    """
    Attributes:
        id (int):  Example: 123.
        uid (str):  Example: booking_uid_123.
        title (str):  Example: Consultation.
        description (None | str):  Example: Learn how to integrate scheduling into marketplace..
        hosts (list[BookingHost]):
        status (RecurringBookingOutputStatus):  Example: accepted.
        start (str):  Example: 2024-08-13T15:30:00Z.
        end (str):  Example: 2024-08-13T16:30:00Z.
        duration (float):  Example: 60.
        event_type_id (int): Deprecated - rely on 'eventType' object containing the id instead. Example: 50.
        event_type (EventType):
        location (None | str):  Example: https://example.com/meeting.
        absent_host (bool):  Example: True.
        created_at (str):  Example: 2024-08-13T15:30:00Z.
        updated_at (None | str):  Example: 2024-08-13T15:30:00Z.
        attendees (list[BookingAttendee]):
        booking_fields_responses (RecurringBookingOutputBookingFieldsResponses): Booking field responses consisting of
            an object with booking field slug as keys and user response as values. Example: {'customField': 'customValue'}.
        recurring_booking_uid (str):  Example: recurring_uid_987.
        cancellation_reason (str | Unset):  Example: User requested cancellation.
        cancelled_by_email (str | Unset):  Example: canceller@example.com.
        rescheduling_reason (str | Unset):  Example: User rescheduled the event.
        rescheduled_by_email (str | Unset):  Example: rescheduler@example.com.
        rescheduled_from_uid (str | Unset): UID of the previous booking from which this booking was rescheduled.
            Example: previous_uid_123.
        rescheduled_to_uid (str | Unset): UID of the new booking to which this booking was rescheduled. Example:
            new_uid_456.
        meeting_url (None | str | Unset): Deprecated - rely on 'location' field instead. Example:
            https://example.com/recurring-meeting.
        metadata (RecurringBookingOutputMetadata | Unset):  Example: {'key': 'value'}.
        rating (float | None | Unset):  Example: 4.
        ics_uid (str | Unset): UID of ICS event. Example: ics_uid_123.
        guests (list[str] | Unset):  Example: ['guest1@example.com', 'guest2@example.com'].
    """

    __slots__ = ()
    _fields = frozenset(
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
            "recurringBookingUid",
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
    _required = frozenset(
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
            "recurringBookingUid",
        }
    )

    def __init__(
        self,
        *,
        id: int,
        uid: str,
        title: str,
        description: None | str,
        hosts: list[BookingHost],
        status: RecurringBookingOutputStatus,
        start: str,
        end: str,
        duration: float,
        event_type_id: int,
        event_type: EventType,
        location: None | str,
        absent_host: bool,
        created_at: str,
        updated_at: None | str,
        attendees: list[BookingAttendee],
        booking_fields_responses: RecurringBookingOutputBookingFieldsResponses,
        recurring_booking_uid: str,
        cancellation_reason: str | Unset = UNSET,
        cancelled_by_email: str | Unset = UNSET,
        rescheduling_reason: str | Unset = UNSET,
        rescheduled_by_email: str | Unset = UNSET,
        rescheduled_from_uid: str | Unset = UNSET,
        rescheduled_to_uid: str | Unset = UNSET,
        meeting_url: None | str | Unset = UNSET,
        metadata: RecurringBookingOutputMetadata | Unset = UNSET,
        rating: float | None | Unset = UNSET,
        ics_uid: str | Unset = UNSET,
        guests: list[str] | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["uid"] = uid

        data["title"] = title

        data["description"] = description

        data["hosts"] = []
        for hosts_item_data in hosts:
            hosts_item = as_json(hosts_item_data)
            data["hosts"].append(hosts_item)

        data["status"] = RecurringBookingOutputStatus(status).value

        data["start"] = start

        data["end"] = end

        data["duration"] = duration

        data["eventTypeId"] = event_type_id

        data["eventType"] = as_json(event_type)

        data["location"] = location

        data["absentHost"] = absent_host

        data["createdAt"] = created_at

        data["updatedAt"] = updated_at

        data["attendees"] = []
        for attendees_item_data in attendees:
            attendees_item = as_json(attendees_item_data)
            data["attendees"].append(attendees_item)

        data["bookingFieldsResponses"] = as_json(booking_fields_responses)

        data["recurringBookingUid"] = recurring_booking_uid

        _cancellation_reason = cancellation_reason

        if not isinstance(_cancellation_reason, Unset):
            data["cancellationReason"] = _cancellation_reason
        _cancelled_by_email = cancelled_by_email

        if not isinstance(_cancelled_by_email, Unset):
            data["cancelledByEmail"] = _cancelled_by_email
        _rescheduling_reason = rescheduling_reason

        if not isinstance(_rescheduling_reason, Unset):
            data["reschedulingReason"] = _rescheduling_reason
        _rescheduled_by_email = rescheduled_by_email

        if not isinstance(_rescheduled_by_email, Unset):
            data["rescheduledByEmail"] = _rescheduled_by_email
        _rescheduled_from_uid = rescheduled_from_uid

        if not isinstance(_rescheduled_from_uid, Unset):
            data["rescheduledFromUid"] = _rescheduled_from_uid
        _rescheduled_to_uid = rescheduled_to_uid

        if not isinstance(_rescheduled_to_uid, Unset):
            data["rescheduledToUid"] = _rescheduled_to_uid

        if isinstance(meeting_url, Unset):
            _meeting_url = UNSET
        else:
            _meeting_url = meeting_url

        if not isinstance(_meeting_url, Unset):
            data["meetingUrl"] = _meeting_url
        _metadata = UNSET
        if not isinstance(metadata, Unset):
            _metadata = as_json(metadata)

        if not isinstance(_metadata, Unset):
            data["metadata"] = _metadata

        if isinstance(rating, Unset):
            _rating = UNSET
        else:
            _rating = rating

        if not isinstance(_rating, Unset):
            data["rating"] = _rating
        _ics_uid = ics_uid

        if not isinstance(_ics_uid, Unset):
            data["icsUid"] = _ics_uid
        _guests = UNSET
        if not isinstance(guests, Unset):
            _guests = guests

        if not isinstance(_guests, Unset):
            data["guests"] = _guests
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> int:
        return cast(int, self._req("id"))

    @property
    def uid(self) -> str:
        return cast(str, self._req("uid"))

    @property
    def title(self) -> str:
        return cast(str, self._req("title"))

    @property
    def description(self) -> None | str:
        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(self._req("description"))

        return description

    @property
    def hosts(self) -> list[BookingHost]:
        from ..models.booking_host import BookingHost  # noqa: PLC0415

        hosts = []
        _hosts = self._req("hosts")
        for hosts_item_data in _hosts:
            hosts_item = BookingHost.from_dict(hosts_item_data)

            hosts.append(hosts_item)

        return hosts

    @property
    def status(self) -> RecurringBookingOutputStatus:
        status = RecurringBookingOutputStatus(self._req("status"))

        return status

    @property
    def start(self) -> str:
        return cast(str, self._req("start"))

    @property
    def end(self) -> str:
        return cast(str, self._req("end"))

    @property
    def duration(self) -> float:
        return cast(float, self._req("duration"))

    @property
    def event_type_id(self) -> int:
        """Deprecated - rely on 'eventType' object containing the id instead."""
        return cast(int, self._req("eventTypeId"))

    @property
    def event_type(self) -> EventType:
        from ..models.event_type import EventType  # noqa: PLC0415

        event_type = EventType.from_dict(self._req("eventType"))

        return event_type

    @property
    def location(self) -> None | str:
        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(self._req("location"))

        return location

    @property
    def absent_host(self) -> bool:
        return cast(bool, self._req("absentHost"))

    @property
    def created_at(self) -> str:
        return cast(str, self._req("createdAt"))

    @property
    def updated_at(self) -> None | str:
        def _parse_updated_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_at = _parse_updated_at(self._req("updatedAt"))

        return updated_at

    @property
    def attendees(self) -> list[BookingAttendee]:
        from ..models.booking_attendee import BookingAttendee  # noqa: PLC0415

        attendees = []
        _attendees = self._req("attendees")
        for attendees_item_data in _attendees:
            attendees_item = BookingAttendee.from_dict(attendees_item_data)

            attendees.append(attendees_item)

        return attendees

    @property
    def booking_fields_responses(self) -> RecurringBookingOutputBookingFieldsResponses:
        """Booking field responses consisting of an object with booking field slug as keys and user response as
        values."""
        from ..models.recurring_booking_output_booking_fields_responses import (
            RecurringBookingOutputBookingFieldsResponses,  # noqa: PLC0415
        )

        booking_fields_responses = RecurringBookingOutputBookingFieldsResponses.from_dict(
            self._req("bookingFieldsResponses")
        )

        return booking_fields_responses

    @property
    def recurring_booking_uid(self) -> str:
        return cast(str, self._req("recurringBookingUid"))

    @property
    def cancellation_reason(self) -> str | Unset:
        return cast(str | Unset, self._data.get("cancellationReason", UNSET))

    @property
    def cancelled_by_email(self) -> str | Unset:
        return cast(str | Unset, self._data.get("cancelledByEmail", UNSET))

    @property
    def rescheduling_reason(self) -> str | Unset:
        return cast(str | Unset, self._data.get("reschedulingReason", UNSET))

    @property
    def rescheduled_by_email(self) -> str | Unset:
        return cast(str | Unset, self._data.get("rescheduledByEmail", UNSET))

    @property
    def rescheduled_from_uid(self) -> str | Unset:
        """UID of the previous booking from which this booking was rescheduled."""
        return cast(str | Unset, self._data.get("rescheduledFromUid", UNSET))

    @property
    def rescheduled_to_uid(self) -> str | Unset:
        """UID of the new booking to which this booking was rescheduled."""
        return cast(str | Unset, self._data.get("rescheduledToUid", UNSET))

    @property
    def meeting_url(self) -> None | str | Unset:
        """Deprecated - rely on 'location' field instead."""

        def _parse_meeting_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meeting_url = _parse_meeting_url(self._data.get("meetingUrl", UNSET))

        return meeting_url

    @property
    def metadata(self) -> RecurringBookingOutputMetadata | Unset:
        from ..models.recurring_booking_output_metadata import RecurringBookingOutputMetadata  # noqa: PLC0415

        _metadata = self._data.get("metadata", UNSET)
        metadata: RecurringBookingOutputMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = RecurringBookingOutputMetadata.from_dict(_metadata)

        return metadata

    @property
    def rating(self) -> float | None | Unset:
        def _parse_rating(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rating = _parse_rating(self._data.get("rating", UNSET))

        return rating

    @property
    def ics_uid(self) -> str | Unset:
        """UID of ICS event."""
        return cast(str | Unset, self._data.get("icsUid", UNSET))

    @property
    def guests(self) -> list[str] | Unset:
        guests = cast(list[str], self._data.get("guests", UNSET))

        return guests
