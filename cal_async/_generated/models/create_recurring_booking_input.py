# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.booking_input_address_location import BookingInputAddressLocation
    from ..models.booking_input_attendee_address_location import BookingInputAttendeeAddressLocation
    from ..models.booking_input_attendee_defined_location import BookingInputAttendeeDefinedLocation
    from ..models.booking_input_attendee_phone_location import BookingInputAttendeePhoneLocation
    from ..models.booking_input_integration_location import BookingInputIntegrationLocation
    from ..models.booking_input_link_location import BookingInputLinkLocation
    from ..models.booking_input_organizers_default_app_location import BookingInputOrganizersDefaultAppLocation
    from ..models.booking_input_phone_location import BookingInputPhoneLocation
    from ..models.create_booking_attendee import CreateBookingAttendee
    from ..models.create_recurring_booking_input_booking_fields_responses import (
        CreateRecurringBookingInputBookingFieldsResponses,
    )
    from ..models.create_recurring_booking_input_metadata import CreateRecurringBookingInputMetadata
    from ..models.routing import Routing


class CreateRecurringBookingInput(ApiModel):
    """
    Attributes:
        start (str): The start time of the booking in ISO 8601 format in UTC timezone. Example: 2024-08-13T09:00:00Z.
        attendee (CreateBookingAttendee):
        booking_fields_responses (CreateRecurringBookingInputBookingFieldsResponses | Unset): Booking field responses
            consisting of an object with booking field slug as keys and user response as values for custom booking fields
            added by you. Example: {'customField': 'customValue'}.
        event_type_id (int | Unset): The ID of the event type that is booked. Required unless eventTypeSlug and username
            are provided as an alternative to identifying the event type. Example: 123.
        event_type_slug (str | Unset): The slug of the event type. Required along with username / teamSlug and
            optionally organizationSlug if eventTypeId is not provided. Example: my-event-type.
        username (str | Unset): The username of the event owner. Required along with eventTypeSlug and optionally
            organizationSlug if eventTypeId is not provided. Example: john-doe.
        team_slug (str | Unset): Team slug for team that owns event type for which slots are fetched. Required along
            with eventTypeSlug and optionally organizationSlug if the team is part of organization Example: john-doe.
        organization_slug (str | Unset): The organization slug. Optional, only used when booking with eventTypeSlug +
            username or eventTypeSlug + teamSlug. Example: acme-corp.
        guests (list[str] | Unset): An optional list of guest emails attending the event. Example:
            ['guest1@example.com', 'guest2@example.com'].
        meeting_url (str | Unset): Deprecated - use 'location' instead. Meeting URL just for this booking. Displayed in
            email and calendar event. If not provided then cal video link will be generated. Example:
            https://example.com/meeting.
        location (BookingInputAddressLocation | BookingInputAttendeeAddressLocation |
            BookingInputAttendeeDefinedLocation | BookingInputAttendeePhoneLocation | BookingInputIntegrationLocation |
            BookingInputLinkLocation | BookingInputOrganizersDefaultAppLocation | BookingInputPhoneLocation | Unset): One of
            the event type locations. If instead of passing one of the location objects as required by schema you are still
            passing a string please use an object.
        metadata (CreateRecurringBookingInputMetadata | Unset): You can store any additional data you want here.
            Metadata must have at most 50 keys, each key up to 40 characters, and string values up to 500 characters.
            Example: {'key': 'value'}.
        length_in_minutes (float | Unset): If it is an event type that has multiple possible lengths that attendee can
            pick from, you can pass the desired booking length here.
                If not provided then event type default length will be used for the booking. Example: 30.
        routing (Routing | Unset):
        email_verification_code (str | Unset): Email verification code required when event type has email verification
            enabled. Example: 123456.
        recurrence_count (int | Unset): The number of recurrences. If not provided then event type recurrence count will
            be used. Can't be more than
                event type recurrence count Example: 5.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "start",
            "attendee",
            "bookingFieldsResponses",
            "eventTypeId",
            "eventTypeSlug",
            "username",
            "teamSlug",
            "organizationSlug",
            "guests",
            "meetingUrl",
            "location",
            "metadata",
            "lengthInMinutes",
            "routing",
            "emailVerificationCode",
            "recurrenceCount",
        }
    )
    _required = frozenset(
        {
            "start",
            "attendee",
        }
    )

    def __init__(
        self,
        *,
        start: str,
        attendee: CreateBookingAttendee,
        booking_fields_responses: CreateRecurringBookingInputBookingFieldsResponses | Unset = UNSET,
        event_type_id: int | Unset = UNSET,
        event_type_slug: str | Unset = UNSET,
        username: str | Unset = UNSET,
        team_slug: str | Unset = UNSET,
        organization_slug: str | Unset = UNSET,
        guests: list[str] | Unset = UNSET,
        meeting_url: str | Unset = UNSET,
        location: BookingInputAddressLocation
        | BookingInputAttendeeAddressLocation
        | BookingInputAttendeeDefinedLocation
        | BookingInputAttendeePhoneLocation
        | BookingInputIntegrationLocation
        | BookingInputLinkLocation
        | BookingInputOrganizersDefaultAppLocation
        | BookingInputPhoneLocation
        | Unset = UNSET,
        metadata: CreateRecurringBookingInputMetadata | Unset = UNSET,
        length_in_minutes: float | Unset = UNSET,
        routing: Routing | Unset = UNSET,
        email_verification_code: str | Unset = UNSET,
        recurrence_count: int | Unset = UNSET,
        **extra: Any,
    ) -> None:
        from ..models.booking_input_address_location import BookingInputAddressLocation  # noqa: PLC0415
        from ..models.booking_input_attendee_address_location import BookingInputAttendeeAddressLocation  # noqa: PLC0415
        from ..models.booking_input_attendee_defined_location import BookingInputAttendeeDefinedLocation  # noqa: PLC0415
        from ..models.booking_input_attendee_phone_location import BookingInputAttendeePhoneLocation  # noqa: PLC0415
        from ..models.booking_input_integration_location import BookingInputIntegrationLocation  # noqa: PLC0415
        from ..models.booking_input_link_location import BookingInputLinkLocation  # noqa: PLC0415
        from ..models.booking_input_phone_location import BookingInputPhoneLocation  # noqa: PLC0415

        data: dict[str, Any] = {}
        data["start"] = start

        data["attendee"] = as_json(attendee)

        _booking_fields_responses = UNSET
        if not isinstance(booking_fields_responses, Unset):
            _booking_fields_responses = as_json(booking_fields_responses)

        if not isinstance(_booking_fields_responses, Unset):
            data["bookingFieldsResponses"] = _booking_fields_responses
        _event_type_id = event_type_id

        if not isinstance(_event_type_id, Unset):
            data["eventTypeId"] = _event_type_id
        _event_type_slug = event_type_slug

        if not isinstance(_event_type_slug, Unset):
            data["eventTypeSlug"] = _event_type_slug
        _username = username

        if not isinstance(_username, Unset):
            data["username"] = _username
        _team_slug = team_slug

        if not isinstance(_team_slug, Unset):
            data["teamSlug"] = _team_slug
        _organization_slug = organization_slug

        if not isinstance(_organization_slug, Unset):
            data["organizationSlug"] = _organization_slug
        _guests = UNSET
        if not isinstance(guests, Unset):
            _guests = guests

        if not isinstance(_guests, Unset):
            data["guests"] = _guests
        _meeting_url = meeting_url

        if not isinstance(_meeting_url, Unset):
            data["meetingUrl"] = _meeting_url

        if isinstance(location, Unset):
            _location = UNSET
        elif isinstance(location, BookingInputAddressLocation):
            _location = as_json(location)
        elif isinstance(location, BookingInputAttendeeAddressLocation):
            _location = as_json(location)
        elif isinstance(location, BookingInputAttendeeDefinedLocation):
            _location = as_json(location)
        elif isinstance(location, BookingInputAttendeePhoneLocation):
            _location = as_json(location)
        elif isinstance(location, BookingInputIntegrationLocation):
            _location = as_json(location)
        elif isinstance(location, BookingInputLinkLocation):
            _location = as_json(location)
        elif isinstance(location, BookingInputPhoneLocation):
            _location = as_json(location)
        else:
            _location = as_json(location)

        if not isinstance(_location, Unset):
            data["location"] = _location
        _metadata = UNSET
        if not isinstance(metadata, Unset):
            _metadata = as_json(metadata)

        if not isinstance(_metadata, Unset):
            data["metadata"] = _metadata
        _length_in_minutes = length_in_minutes

        if not isinstance(_length_in_minutes, Unset):
            data["lengthInMinutes"] = _length_in_minutes
        _routing = UNSET
        if not isinstance(routing, Unset):
            _routing = as_json(routing)

        if not isinstance(_routing, Unset):
            data["routing"] = _routing
        _email_verification_code = email_verification_code

        if not isinstance(_email_verification_code, Unset):
            data["emailVerificationCode"] = _email_verification_code
        _recurrence_count = recurrence_count

        if not isinstance(_recurrence_count, Unset):
            data["recurrenceCount"] = _recurrence_count
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def start(self) -> str:
        """The start time of the booking in ISO 8601 format in UTC timezone."""
        return cast(str, self._req("start"))

    @property
    def attendee(self) -> CreateBookingAttendee:
        from ..models.create_booking_attendee import CreateBookingAttendee  # noqa: PLC0415

        attendee = CreateBookingAttendee.from_dict(self._req("attendee"))

        return attendee

    @property
    def booking_fields_responses(self) -> CreateRecurringBookingInputBookingFieldsResponses | Unset:
        """Booking field responses consisting of an object with booking field slug as keys and user response as
        values for custom booking fields added by you."""
        from ..models.create_recurring_booking_input_booking_fields_responses import (
            CreateRecurringBookingInputBookingFieldsResponses,  # noqa: PLC0415
        )

        _booking_fields_responses = self._data.get("bookingFieldsResponses", UNSET)
        booking_fields_responses: CreateRecurringBookingInputBookingFieldsResponses | Unset
        if isinstance(_booking_fields_responses, Unset):
            booking_fields_responses = UNSET
        else:
            booking_fields_responses = CreateRecurringBookingInputBookingFieldsResponses.from_dict(
                _booking_fields_responses
            )

        return booking_fields_responses

    @property
    def event_type_id(self) -> int | Unset:
        """The ID of the event type that is booked. Required unless eventTypeSlug and username are provided as
        an alternative to identifying the event type."""
        return cast(int | Unset, self._data.get("eventTypeId", UNSET))

    @property
    def event_type_slug(self) -> str | Unset:
        """The slug of the event type. Required along with username / teamSlug and optionally organizationSlug
        if eventTypeId is not provided."""
        return cast(str | Unset, self._data.get("eventTypeSlug", UNSET))

    @property
    def username(self) -> str | Unset:
        """The username of the event owner. Required along with eventTypeSlug and optionally organizationSlug
        if eventTypeId is not provided."""
        return cast(str | Unset, self._data.get("username", UNSET))

    @property
    def team_slug(self) -> str | Unset:
        """Team slug for team that owns event type for which slots are fetched. Required along with
        eventTypeSlug and optionally organizationSlug if the team is part of organization"""
        return cast(str | Unset, self._data.get("teamSlug", UNSET))

    @property
    def organization_slug(self) -> str | Unset:
        """The organization slug. Optional, only used when booking with eventTypeSlug + username or
        eventTypeSlug + teamSlug."""
        return cast(str | Unset, self._data.get("organizationSlug", UNSET))

    @property
    def guests(self) -> list[str] | Unset:
        """An optional list of guest emails attending the event."""
        guests = cast(list[str], self._data.get("guests", UNSET))

        return guests

    @property
    def meeting_url(self) -> str | Unset:
        """Deprecated - use 'location' instead. Meeting URL just for this booking. Displayed in email and
        calendar event. If not provided then cal video link will be generated."""
        return cast(str | Unset, self._data.get("meetingUrl", UNSET))

    @property
    def location(
        self,
    ) -> (
        BookingInputAddressLocation
        | BookingInputAttendeeAddressLocation
        | BookingInputAttendeeDefinedLocation
        | BookingInputAttendeePhoneLocation
        | BookingInputIntegrationLocation
        | BookingInputLinkLocation
        | BookingInputOrganizersDefaultAppLocation
        | BookingInputPhoneLocation
        | Unset
    ):
        """One of the event type locations. If instead of passing one of the location objects as required by
        schema you are still passing a string please use an object."""
        from ..models.booking_input_address_location import BookingInputAddressLocation  # noqa: PLC0415
        from ..models.booking_input_attendee_address_location import BookingInputAttendeeAddressLocation  # noqa: PLC0415
        from ..models.booking_input_attendee_defined_location import BookingInputAttendeeDefinedLocation  # noqa: PLC0415
        from ..models.booking_input_attendee_phone_location import BookingInputAttendeePhoneLocation  # noqa: PLC0415
        from ..models.booking_input_integration_location import BookingInputIntegrationLocation  # noqa: PLC0415
        from ..models.booking_input_link_location import BookingInputLinkLocation  # noqa: PLC0415
        from ..models.booking_input_organizers_default_app_location import BookingInputOrganizersDefaultAppLocation  # noqa: PLC0415
        from ..models.booking_input_phone_location import BookingInputPhoneLocation  # noqa: PLC0415

        def _parse_location(
            data: object,
        ) -> (
            BookingInputAddressLocation
            | BookingInputAttendeeAddressLocation
            | BookingInputAttendeeDefinedLocation
            | BookingInputAttendeePhoneLocation
            | BookingInputIntegrationLocation
            | BookingInputLinkLocation
            | BookingInputOrganizersDefaultAppLocation
            | BookingInputPhoneLocation
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not BookingInputAttendeeAddressLocation._matches(data):
                    raise TypeError()
                location_type_1 = BookingInputAttendeeAddressLocation.from_dict(data)

                return location_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not BookingInputAttendeeDefinedLocation._matches(data):
                    raise TypeError()
                location_type_2 = BookingInputAttendeeDefinedLocation.from_dict(data)

                return location_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not BookingInputAttendeePhoneLocation._matches(data):
                    raise TypeError()
                location_type_3 = BookingInputAttendeePhoneLocation.from_dict(data)

                return location_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not BookingInputIntegrationLocation._matches(data):
                    raise TypeError()
                location_type_4 = BookingInputIntegrationLocation.from_dict(data)

                return location_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not BookingInputAddressLocation._matches(data):
                    raise TypeError()
                location_type_0 = BookingInputAddressLocation.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not BookingInputLinkLocation._matches(data):
                    raise TypeError()
                location_type_5 = BookingInputLinkLocation.from_dict(data)

                return location_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not BookingInputPhoneLocation._matches(data):
                    raise TypeError()
                location_type_6 = BookingInputPhoneLocation.from_dict(data)

                return location_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not BookingInputOrganizersDefaultAppLocation._matches(data):
                    raise TypeError()
                location_type_7 = BookingInputOrganizersDefaultAppLocation.from_dict(data)

                return location_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                BookingInputAddressLocation
                | BookingInputAttendeeAddressLocation
                | BookingInputAttendeeDefinedLocation
                | BookingInputAttendeePhoneLocation
                | BookingInputIntegrationLocation
                | BookingInputLinkLocation
                | BookingInputOrganizersDefaultAppLocation
                | BookingInputPhoneLocation
                | Unset,
                data,
            )

        location = _parse_location(self._data.get("location", UNSET))

        return location

    @property
    def metadata(self) -> CreateRecurringBookingInputMetadata | Unset:
        """You can store any additional data you want here. Metadata must have at most 50 keys, each key up to
        40 characters, and string values up to 500 characters."""
        from ..models.create_recurring_booking_input_metadata import CreateRecurringBookingInputMetadata  # noqa: PLC0415

        _metadata = self._data.get("metadata", UNSET)
        metadata: CreateRecurringBookingInputMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CreateRecurringBookingInputMetadata.from_dict(_metadata)

        return metadata

    @property
    def length_in_minutes(self) -> float | Unset:
        """If it is an event type that has multiple possible lengths that attendee can pick from, you can pass
        the desired booking length here.
            If not provided then event type default length will be used for the booking."""
        return cast(float | Unset, self._data.get("lengthInMinutes", UNSET))

    @property
    def routing(self) -> Routing | Unset:
        from ..models.routing import Routing  # noqa: PLC0415

        _routing = self._data.get("routing", UNSET)
        routing: Routing | Unset
        if isinstance(_routing, Unset):
            routing = UNSET
        else:
            routing = Routing.from_dict(_routing)

        return routing

    @property
    def email_verification_code(self) -> str | Unset:
        """Email verification code required when event type has email verification enabled."""
        return cast(str | Unset, self._data.get("emailVerificationCode", UNSET))

    @property
    def recurrence_count(self) -> int | Unset:
        """The number of recurrences. If not provided then event type recurrence count will be used. Can't be
        more than
            event type recurrence count"""
        return cast(int | Unset, self._data.get("recurrenceCount", UNSET))
