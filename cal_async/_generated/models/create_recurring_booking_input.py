# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from cal_async._fields import (
    DATETIME,
    INT,
    STR,
    field,
    list_of,
    model,
    one_of,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .booking_input_address_location import BookingInputAddressLocation, BookingInputAddressLocationDict
    from .booking_input_attendee_address_location import (
        BookingInputAttendeeAddressLocation,
        BookingInputAttendeeAddressLocationDict,
    )
    from .booking_input_attendee_defined_location import (
        BookingInputAttendeeDefinedLocation,
        BookingInputAttendeeDefinedLocationDict,
    )
    from .booking_input_attendee_phone_location import (
        BookingInputAttendeePhoneLocation,
        BookingInputAttendeePhoneLocationDict,
    )
    from .booking_input_integration_location import BookingInputIntegrationLocation, BookingInputIntegrationLocationDict
    from .booking_input_link_location import BookingInputLinkLocation, BookingInputLinkLocationDict
    from .booking_input_organizers_default_app_location import (
        BookingInputOrganizersDefaultAppLocation,
        BookingInputOrganizersDefaultAppLocationDict,
    )
    from .booking_input_phone_location import BookingInputPhoneLocation, BookingInputPhoneLocationDict
    from .create_booking_attendee import CreateBookingAttendee, CreateBookingAttendeeDict
    from .create_recurring_booking_input_booking_fields_responses import (
        CreateRecurringBookingInputBookingFieldsResponses,
    )
    from .create_recurring_booking_input_metadata import CreateRecurringBookingInputMetadata
    from .routing import Routing, RoutingDict

    pass


class CreateRecurringBookingInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    start: datetime.datetime = field("start", DATETIME, required=True)
    """ The start time of the booking in ISO 8601 format in UTC timezone. """
    attendee: CreateBookingAttendee = field(
        "attendee", model("create_booking_attendee", "CreateBookingAttendee"), required=True
    )
    booking_fields_responses: CreateRecurringBookingInputBookingFieldsResponses | Unset = field(
        "bookingFieldsResponses",
        model(
            "create_recurring_booking_input_booking_fields_responses",
            "CreateRecurringBookingInputBookingFieldsResponses",
        ),
        required=False,
    )
    """ Booking field responses consisting of an object with booking field slug as keys and user response as
    values for custom booking fields added by you. """
    event_type_id: int | Unset = field("eventTypeId", INT, required=False)
    """ The ID of the event type that is booked. Required unless eventTypeSlug and username are provided as
    an alternative to identifying the event type. """
    event_type_slug: str | Unset = field("eventTypeSlug", STR, required=False)
    """ The slug of the event type. Required along with username / teamSlug and optionally organizationSlug
    if eventTypeId is not provided. """
    username: str | Unset = field("username", STR, required=False)
    """ The username of the event owner. Required along with eventTypeSlug and optionally organizationSlug
    if eventTypeId is not provided. """
    team_slug: str | Unset = field("teamSlug", STR, required=False)
    """ Team slug for team that owns event type for which slots are fetched. Required along with
    eventTypeSlug and optionally organizationSlug if the team is part of organization """
    organization_slug: str | Unset = field("organizationSlug", STR, required=False)
    """ The organization slug. Optional, only used when booking with eventTypeSlug + username or
    eventTypeSlug + teamSlug. """
    guests: list[str] | Unset = field("guests", list_of(STR), required=False)
    """ An optional list of guest emails attending the event. """
    meeting_url: str | Unset = field("meetingUrl", STR, required=False)
    """ Deprecated - use 'location' instead. Meeting URL just for this booking. Displayed in email and
    calendar event. If not provided then cal video link will be generated. """
    location: (
        BookingInputAddressLocation
        | BookingInputAttendeeAddressLocation
        | BookingInputAttendeeDefinedLocation
        | BookingInputAttendeePhoneLocation
        | BookingInputIntegrationLocation
        | BookingInputLinkLocation
        | BookingInputPhoneLocation
        | BookingInputOrganizersDefaultAppLocation
        | Unset
    ) = field(
        "location",
        one_of(
            model("booking_input_address_location", "BookingInputAddressLocation"),
            model("booking_input_attendee_address_location", "BookingInputAttendeeAddressLocation"),
            model("booking_input_attendee_defined_location", "BookingInputAttendeeDefinedLocation"),
            model("booking_input_attendee_phone_location", "BookingInputAttendeePhoneLocation"),
            model("booking_input_integration_location", "BookingInputIntegrationLocation"),
            model("booking_input_link_location", "BookingInputLinkLocation"),
            model("booking_input_phone_location", "BookingInputPhoneLocation"),
            model("booking_input_organizers_default_app_location", "BookingInputOrganizersDefaultAppLocation"),
        ),
        required=False,
    )
    """ One of the event type locations. If instead of passing one of the location objects as required by
    schema you are still passing a string please use an object. """
    metadata: CreateRecurringBookingInputMetadata | Unset = field(
        "metadata",
        model("create_recurring_booking_input_metadata", "CreateRecurringBookingInputMetadata"),
        required=False,
    )
    """ You can store any additional data you want here. Metadata must have at most 50 keys, each key up to
    40 characters, and string values up to 500 characters. """
    length_in_minutes: int | Unset = field("lengthInMinutes", INT, required=False)
    """ If it is an event type that has multiple possible lengths that attendee can pick from, you can pass
    the desired booking length here.
        If not provided then event type default length will be used for the booking. """
    routing: Routing | Unset = field("routing", model("routing", "Routing"), required=False)
    email_verification_code: str | Unset = field("emailVerificationCode", STR, required=False)
    """ Email verification code required when event type has email verification enabled. """
    recurrence_count: int | Unset = field("recurrenceCount", INT, required=False)
    """ The number of recurrences. If not provided then event type recurrence count will be used. Can't be
    more than
        event type recurrence count """

    def __init__(
        self,
        *,
        start: datetime.datetime,
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
        | BookingInputPhoneLocation
        | BookingInputOrganizersDefaultAppLocation
        | Unset = UNSET,
        metadata: CreateRecurringBookingInputMetadata | Unset = UNSET,
        length_in_minutes: int | Unset = UNSET,
        routing: Routing | Unset = UNSET,
        email_verification_code: str | Unset = UNSET,
        recurrence_count: int | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "start": start,
                "attendee": attendee,
                "bookingFieldsResponses": booking_fields_responses,
                "eventTypeId": event_type_id,
                "eventTypeSlug": event_type_slug,
                "username": username,
                "teamSlug": team_slug,
                "organizationSlug": organization_slug,
                "guests": guests,
                "meetingUrl": meeting_url,
                "location": location,
                "metadata": metadata,
                "lengthInMinutes": length_in_minutes,
                "routing": routing,
                "emailVerificationCode": email_verification_code,
                "recurrenceCount": recurrence_count,
            }
        )


class CreateRecurringBookingInputDict(TypedDict, total=False):
    """``CreateRecurringBookingInput`` as a plain dict with the API's JSON names, for request bodies."""

    start: Required[datetime.datetime]
    attendee: Required[CreateBookingAttendee | CreateBookingAttendeeDict]
    bookingFieldsResponses: CreateRecurringBookingInputBookingFieldsResponses | Mapping[str, Any]
    eventTypeId: int
    eventTypeSlug: str
    username: str
    teamSlug: str
    organizationSlug: str
    guests: Sequence[str]
    meetingUrl: str
    location: (
        BookingInputAddressLocation
        | BookingInputAddressLocationDict
        | BookingInputAttendeeAddressLocation
        | BookingInputAttendeeAddressLocationDict
        | BookingInputAttendeeDefinedLocation
        | BookingInputAttendeeDefinedLocationDict
        | BookingInputAttendeePhoneLocation
        | BookingInputAttendeePhoneLocationDict
        | BookingInputIntegrationLocation
        | BookingInputIntegrationLocationDict
        | BookingInputLinkLocation
        | BookingInputLinkLocationDict
        | BookingInputPhoneLocation
        | BookingInputPhoneLocationDict
        | BookingInputOrganizersDefaultAppLocation
        | BookingInputOrganizersDefaultAppLocationDict
    )
    metadata: CreateRecurringBookingInputMetadata | Mapping[str, Any]
    lengthInMinutes: int
    routing: Routing | RoutingDict
    emailVerificationCode: str
    recurrenceCount: int
