# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypedDict

from cal_async._fields import (
    BOOL,
    FLOAT,
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
    from .address_field_input import AddressFieldInput, AddressFieldInputDict
    from .base_booking_limits_count import BaseBookingLimitsCount, BaseBookingLimitsCountDict
    from .base_booking_limits_duration import BaseBookingLimitsDuration, BaseBookingLimitsDurationDict
    from .base_confirmation_policy import BaseConfirmationPolicy, BaseConfirmationPolicyDict
    from .booker_layouts import BookerLayouts, BookerLayoutsDict
    from .boolean_field_input import BooleanFieldInput, BooleanFieldInputDict
    from .business_days_window import BusinessDaysWindow, BusinessDaysWindowDict
    from .cal_video_settings import CalVideoSettings, CalVideoSettingsDict
    from .calendar_days_window import CalendarDaysWindow, CalendarDaysWindowDict
    from .checkbox_group_field_input import CheckboxGroupFieldInput, CheckboxGroupFieldInputDict
    from .destination_calendar import DestinationCalendar, DestinationCalendarDict
    from .disabled import Disabled, DisabledDict
    from .email_default_field_input import EmailDefaultFieldInput, EmailDefaultFieldInputDict
    from .event_type_color import EventTypeColor, EventTypeColorDict
    from .guests_default_field_input import GuestsDefaultFieldInput, GuestsDefaultFieldInputDict
    from .input_address_location import InputAddressLocation, InputAddressLocationDict
    from .input_attendee_address_location import InputAttendeeAddressLocation, InputAttendeeAddressLocationDict
    from .input_attendee_defined_location import InputAttendeeDefinedLocation, InputAttendeeDefinedLocationDict
    from .input_attendee_phone_location import InputAttendeePhoneLocation, InputAttendeePhoneLocationDict
    from .input_integration_location import InputIntegrationLocation, InputIntegrationLocationDict
    from .input_link_location import InputLinkLocation, InputLinkLocationDict
    from .input_phone_location import InputPhoneLocation, InputPhoneLocationDict
    from .location_default_field_input import LocationDefaultFieldInput, LocationDefaultFieldInputDict
    from .multi_email_field_input import MultiEmailFieldInput, MultiEmailFieldInputDict
    from .multi_select_field_input import MultiSelectFieldInput, MultiSelectFieldInputDict
    from .name_default_field_input import NameDefaultFieldInput, NameDefaultFieldInputDict
    from .notes_default_field_input import NotesDefaultFieldInput, NotesDefaultFieldInputDict
    from .number_field_input import NumberFieldInput, NumberFieldInputDict
    from .phone_field_input import PhoneFieldInput, PhoneFieldInputDict
    from .radio_group_field_input import RadioGroupFieldInput, RadioGroupFieldInputDict
    from .range_window import RangeWindow, RangeWindowDict
    from .recurrence import Recurrence, RecurrenceDict
    from .reschedule_reason_default_field_input import (
        RescheduleReasonDefaultFieldInput,
        RescheduleReasonDefaultFieldInputDict,
    )
    from .seats import Seats, SeatsDict
    from .select_field_input import SelectFieldInput, SelectFieldInputDict
    from .text_area_field_input import TextAreaFieldInput, TextAreaFieldInputDict
    from .text_field_input import TextFieldInput, TextFieldInputDict
    from .title_default_field_input import TitleDefaultFieldInput, TitleDefaultFieldInputDict

    pass


class UpdateEventTypeInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    length_in_minutes: int | Unset = field("lengthInMinutes", INT, required=False)
    length_in_minutes_options: list[str] | Unset = field("lengthInMinutesOptions", list_of(STR), required=False)
    """ If you want that user can choose between different lengths of the event you can specify them here.
    Must include the provided `lengthInMinutes`. """
    title: str | Unset = field("title", STR, required=False)
    slug: str | Unset = field("slug", STR, required=False)
    description: str | Unset = field("description", STR, required=False)
    booking_fields: (
        list[
            NameDefaultFieldInput
            | EmailDefaultFieldInput
            | TitleDefaultFieldInput
            | LocationDefaultFieldInput
            | NotesDefaultFieldInput
            | GuestsDefaultFieldInput
            | RescheduleReasonDefaultFieldInput
            | PhoneFieldInput
            | AddressFieldInput
            | TextFieldInput
            | NumberFieldInput
            | TextAreaFieldInput
            | SelectFieldInput
            | MultiSelectFieldInput
            | MultiEmailFieldInput
            | CheckboxGroupFieldInput
            | RadioGroupFieldInput
            | BooleanFieldInput
        ]
        | Unset
    ) = field(
        "bookingFields",
        list_of(
            one_of(
                model("name_default_field_input", "NameDefaultFieldInput"),
                model("email_default_field_input", "EmailDefaultFieldInput"),
                model("title_default_field_input", "TitleDefaultFieldInput"),
                model("location_default_field_input", "LocationDefaultFieldInput"),
                model("notes_default_field_input", "NotesDefaultFieldInput"),
                model("guests_default_field_input", "GuestsDefaultFieldInput"),
                model("reschedule_reason_default_field_input", "RescheduleReasonDefaultFieldInput"),
                model("phone_field_input", "PhoneFieldInput"),
                model("address_field_input", "AddressFieldInput"),
                model("text_field_input", "TextFieldInput"),
                model("number_field_input", "NumberFieldInput"),
                model("text_area_field_input", "TextAreaFieldInput"),
                model("select_field_input", "SelectFieldInput"),
                model("multi_select_field_input", "MultiSelectFieldInput"),
                model("multi_email_field_input", "MultiEmailFieldInput"),
                model("checkbox_group_field_input", "CheckboxGroupFieldInput"),
                model("radio_group_field_input", "RadioGroupFieldInput"),
                model("boolean_field_input", "BooleanFieldInput"),
            )
        ),
        required=False,
    )
    """ Complete set of booking form fields. This array replaces all existing booking fields. To modify
    existing fields, first fetch the current event type, then include all desired fields in this array.
    Sending only one field will remove all other custom fields, keeping only default fields plus the
    provided one. """
    disable_guests: bool | Unset = field("disableGuests", BOOL, required=False)
    """ If true, person booking this event can't add guests via their emails. """
    slot_interval: float | Unset = field("slotInterval", FLOAT, required=False)
    """ Number representing length of each slot when event is booked. By default it equal length of the
    event type.
          If event length is 60 minutes then we would have slots 9AM, 10AM, 11AM etc. but if it was
    changed to 30 minutes then
          we would have slots 9AM, 9:30AM, 10AM, 10:30AM etc. as the available times to book the 60
    minute event. """
    minimum_booking_notice: float | Unset = field("minimumBookingNotice", FLOAT, required=False)
    """ Minimum number of minutes before the event that a booking can be made. """
    before_event_buffer: float | Unset = field("beforeEventBuffer", FLOAT, required=False)
    """ Time spaces that can be prepended before an event to give more time before it. """
    after_event_buffer: float | Unset = field("afterEventBuffer", FLOAT, required=False)
    """ Time spaces that can be appended after an event to give more time after it. """
    schedule_id: int | Unset = field("scheduleId", INT, required=False)
    """ If you want that this event has different schedule than user's default one you can specify it here. """
    booking_limits_count: BaseBookingLimitsCount | Disabled | Unset = field(
        "bookingLimitsCount",
        one_of(model("base_booking_limits_count", "BaseBookingLimitsCount"), model("disabled", "Disabled")),
        required=False,
    )
    """ Limit how many times this event can be booked """
    only_show_first_available_slot: bool | Unset = field("onlyShowFirstAvailableSlot", BOOL, required=False)
    """ This will limit your availability for this event type to one slot per day, scheduled at the earliest
    available time. """
    booking_limits_duration: BaseBookingLimitsDuration | Disabled | Unset = field(
        "bookingLimitsDuration",
        one_of(model("base_booking_limits_duration", "BaseBookingLimitsDuration"), model("disabled", "Disabled")),
        required=False,
    )
    """ Limit total amount of time that this event can be booked """
    booking_window: BusinessDaysWindow | CalendarDaysWindow | RangeWindow | Disabled | Unset = field(
        "bookingWindow",
        one_of(
            model("business_days_window", "BusinessDaysWindow"),
            model("calendar_days_window", "CalendarDaysWindow"),
            model("range_window", "RangeWindow"),
            model("disabled", "Disabled"),
        ),
        required=False,
    )
    """ Limit how far in the future this event can be booked """
    offset_start: float | Unset = field("offsetStart", FLOAT, required=False)
    """ Offset timeslots shown to bookers by a specified number of minutes """
    booker_layouts: BookerLayouts | Unset = field(
        "bookerLayouts", model("booker_layouts", "BookerLayouts"), required=False
    )
    confirmation_policy: BaseConfirmationPolicy | Disabled | Unset = field(
        "confirmationPolicy",
        one_of(model("base_confirmation_policy", "BaseConfirmationPolicy"), model("disabled", "Disabled")),
        required=False,
    )
    """ Specify how the booking needs to be manually confirmed before it is pushed to the integrations and a
    confirmation mail is sent. """
    recurrence: Recurrence | Disabled | Unset = field(
        "recurrence", one_of(model("recurrence", "Recurrence"), model("disabled", "Disabled")), required=False
    )
    """ Create a recurring event type. """
    requires_booker_email_verification: bool | Unset = field("requiresBookerEmailVerification", BOOL, required=False)
    hide_calendar_notes: bool | Unset = field("hideCalendarNotes", BOOL, required=False)
    lock_time_zone_toggle_on_booking_page: bool | Unset = field("lockTimeZoneToggleOnBookingPage", BOOL, required=False)
    color: EventTypeColor | Unset = field("color", model("event_type_color", "EventTypeColor"), required=False)
    seats: Seats | Disabled | Unset = field(
        "seats", one_of(model("seats", "Seats"), model("disabled", "Disabled")), required=False
    )
    """ Create an event type with multiple seats. """
    custom_name: str | Unset = field("customName", STR, required=False)
    """ Customizable event name with valid variables:
          {Event type title}, {Organiser}, {Scheduler}, {Location}, {Organiser first name},
          {Scheduler first name}, {Scheduler last name}, {Event duration}, {LOCATION},
          {HOST/ATTENDEE}, {HOST}, {ATTENDEE}, {USER} """
    destination_calendar: DestinationCalendar | Unset = field(
        "destinationCalendar", model("destination_calendar", "DestinationCalendar"), required=False
    )
    use_destination_calendar_email: bool | Unset = field("useDestinationCalendarEmail", BOOL, required=False)
    hide_calendar_event_details: bool | Unset = field("hideCalendarEventDetails", BOOL, required=False)
    success_redirect_url: str | Unset = field("successRedirectUrl", STR, required=False)
    """ A valid URL where the booker will redirect to, once the booking is completed successfully """
    hide_organizer_email: bool | Unset = field("hideOrganizerEmail", BOOL, required=False)
    """ Boolean to Hide organizer's email address from the booking screen, email notifications, and calendar
    events """
    cal_video_settings: CalVideoSettings | Unset = field(
        "calVideoSettings", model("cal_video_settings", "CalVideoSettings"), required=False
    )
    hidden: bool | Unset = field("hidden", BOOL, required=False)
    booking_requires_authentication: bool | Unset = field("bookingRequiresAuthentication", BOOL, required=False)
    """ Boolean to require authentication for booking this event type via api. If true, only authenticated
    users who are the event-type owner or org/team admin/owner can book this event type. """
    locations: (
        list[
            InputAddressLocation
            | InputLinkLocation
            | InputIntegrationLocation
            | InputPhoneLocation
            | InputAttendeeAddressLocation
            | InputAttendeePhoneLocation
            | InputAttendeeDefinedLocation
        ]
        | Unset
    ) = field(
        "locations",
        list_of(
            one_of(
                model("input_address_location", "InputAddressLocation"),
                model("input_link_location", "InputLinkLocation"),
                model("input_integration_location", "InputIntegrationLocation"),
                model("input_phone_location", "InputPhoneLocation"),
                model("input_attendee_address_location", "InputAttendeeAddressLocation"),
                model("input_attendee_phone_location", "InputAttendeePhoneLocation"),
                model("input_attendee_defined_location", "InputAttendeeDefinedLocation"),
            )
        ),
        required=False,
    )
    """ Locations where the event will take place. If not provided, cal video link will be used as the
    location. """

    def __init__(
        self,
        *,
        length_in_minutes: int | Unset = UNSET,
        length_in_minutes_options: list[str] | Unset = UNSET,
        title: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
        booking_fields: list[
            NameDefaultFieldInput
            | EmailDefaultFieldInput
            | TitleDefaultFieldInput
            | LocationDefaultFieldInput
            | NotesDefaultFieldInput
            | GuestsDefaultFieldInput
            | RescheduleReasonDefaultFieldInput
            | PhoneFieldInput
            | AddressFieldInput
            | TextFieldInput
            | NumberFieldInput
            | TextAreaFieldInput
            | SelectFieldInput
            | MultiSelectFieldInput
            | MultiEmailFieldInput
            | CheckboxGroupFieldInput
            | RadioGroupFieldInput
            | BooleanFieldInput
        ]
        | Unset = UNSET,
        disable_guests: bool | Unset = UNSET,
        slot_interval: float | Unset = UNSET,
        minimum_booking_notice: float | Unset = UNSET,
        before_event_buffer: float | Unset = UNSET,
        after_event_buffer: float | Unset = UNSET,
        schedule_id: int | Unset = UNSET,
        booking_limits_count: BaseBookingLimitsCount | Disabled | Unset = UNSET,
        only_show_first_available_slot: bool | Unset = UNSET,
        booking_limits_duration: BaseBookingLimitsDuration | Disabled | Unset = UNSET,
        booking_window: BusinessDaysWindow | CalendarDaysWindow | RangeWindow | Disabled | Unset = UNSET,
        offset_start: float | Unset = UNSET,
        booker_layouts: BookerLayouts | Unset = UNSET,
        confirmation_policy: BaseConfirmationPolicy | Disabled | Unset = UNSET,
        recurrence: Recurrence | Disabled | Unset = UNSET,
        requires_booker_email_verification: bool | Unset = UNSET,
        hide_calendar_notes: bool | Unset = UNSET,
        lock_time_zone_toggle_on_booking_page: bool | Unset = UNSET,
        color: EventTypeColor | Unset = UNSET,
        seats: Seats | Disabled | Unset = UNSET,
        custom_name: str | Unset = UNSET,
        destination_calendar: DestinationCalendar | Unset = UNSET,
        use_destination_calendar_email: bool | Unset = UNSET,
        hide_calendar_event_details: bool | Unset = UNSET,
        success_redirect_url: str | Unset = UNSET,
        hide_organizer_email: bool | Unset = UNSET,
        cal_video_settings: CalVideoSettings | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        booking_requires_authentication: bool | Unset = UNSET,
        locations: list[
            InputAddressLocation
            | InputLinkLocation
            | InputIntegrationLocation
            | InputPhoneLocation
            | InputAttendeeAddressLocation
            | InputAttendeePhoneLocation
            | InputAttendeeDefinedLocation
        ]
        | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "lengthInMinutes": length_in_minutes,
                "lengthInMinutesOptions": length_in_minutes_options,
                "title": title,
                "slug": slug,
                "description": description,
                "bookingFields": booking_fields,
                "disableGuests": disable_guests,
                "slotInterval": slot_interval,
                "minimumBookingNotice": minimum_booking_notice,
                "beforeEventBuffer": before_event_buffer,
                "afterEventBuffer": after_event_buffer,
                "scheduleId": schedule_id,
                "bookingLimitsCount": booking_limits_count,
                "onlyShowFirstAvailableSlot": only_show_first_available_slot,
                "bookingLimitsDuration": booking_limits_duration,
                "bookingWindow": booking_window,
                "offsetStart": offset_start,
                "bookerLayouts": booker_layouts,
                "confirmationPolicy": confirmation_policy,
                "recurrence": recurrence,
                "requiresBookerEmailVerification": requires_booker_email_verification,
                "hideCalendarNotes": hide_calendar_notes,
                "lockTimeZoneToggleOnBookingPage": lock_time_zone_toggle_on_booking_page,
                "color": color,
                "seats": seats,
                "customName": custom_name,
                "destinationCalendar": destination_calendar,
                "useDestinationCalendarEmail": use_destination_calendar_email,
                "hideCalendarEventDetails": hide_calendar_event_details,
                "successRedirectUrl": success_redirect_url,
                "hideOrganizerEmail": hide_organizer_email,
                "calVideoSettings": cal_video_settings,
                "hidden": hidden,
                "bookingRequiresAuthentication": booking_requires_authentication,
                "locations": locations,
            }
        )


class UpdateEventTypeInputDict(TypedDict, total=False):
    """``UpdateEventTypeInput`` as a plain dict with the API's JSON names, for request bodies."""

    lengthInMinutes: int
    lengthInMinutesOptions: Sequence[str]
    title: str
    slug: str
    description: str
    bookingFields: Sequence[
        NameDefaultFieldInput
        | NameDefaultFieldInputDict
        | EmailDefaultFieldInput
        | EmailDefaultFieldInputDict
        | TitleDefaultFieldInput
        | TitleDefaultFieldInputDict
        | LocationDefaultFieldInput
        | LocationDefaultFieldInputDict
        | NotesDefaultFieldInput
        | NotesDefaultFieldInputDict
        | GuestsDefaultFieldInput
        | GuestsDefaultFieldInputDict
        | RescheduleReasonDefaultFieldInput
        | RescheduleReasonDefaultFieldInputDict
        | PhoneFieldInput
        | PhoneFieldInputDict
        | AddressFieldInput
        | AddressFieldInputDict
        | TextFieldInput
        | TextFieldInputDict
        | NumberFieldInput
        | NumberFieldInputDict
        | TextAreaFieldInput
        | TextAreaFieldInputDict
        | SelectFieldInput
        | SelectFieldInputDict
        | MultiSelectFieldInput
        | MultiSelectFieldInputDict
        | MultiEmailFieldInput
        | MultiEmailFieldInputDict
        | CheckboxGroupFieldInput
        | CheckboxGroupFieldInputDict
        | RadioGroupFieldInput
        | RadioGroupFieldInputDict
        | BooleanFieldInput
        | BooleanFieldInputDict
    ]
    disableGuests: bool
    slotInterval: float
    minimumBookingNotice: float
    beforeEventBuffer: float
    afterEventBuffer: float
    scheduleId: int
    bookingLimitsCount: BaseBookingLimitsCount | BaseBookingLimitsCountDict | Disabled | DisabledDict
    onlyShowFirstAvailableSlot: bool
    bookingLimitsDuration: BaseBookingLimitsDuration | BaseBookingLimitsDurationDict | Disabled | DisabledDict
    bookingWindow: (
        BusinessDaysWindow
        | BusinessDaysWindowDict
        | CalendarDaysWindow
        | CalendarDaysWindowDict
        | RangeWindow
        | RangeWindowDict
        | Disabled
        | DisabledDict
    )
    offsetStart: float
    bookerLayouts: BookerLayouts | BookerLayoutsDict
    confirmationPolicy: BaseConfirmationPolicy | BaseConfirmationPolicyDict | Disabled | DisabledDict
    recurrence: Recurrence | RecurrenceDict | Disabled | DisabledDict
    requiresBookerEmailVerification: bool
    hideCalendarNotes: bool
    lockTimeZoneToggleOnBookingPage: bool
    color: EventTypeColor | EventTypeColorDict
    seats: Seats | SeatsDict | Disabled | DisabledDict
    customName: str
    destinationCalendar: DestinationCalendar | DestinationCalendarDict
    useDestinationCalendarEmail: bool
    hideCalendarEventDetails: bool
    successRedirectUrl: str
    hideOrganizerEmail: bool
    calVideoSettings: CalVideoSettings | CalVideoSettingsDict
    hidden: bool
    bookingRequiresAuthentication: bool
    locations: Sequence[
        InputAddressLocation
        | InputAddressLocationDict
        | InputLinkLocation
        | InputLinkLocationDict
        | InputIntegrationLocation
        | InputIntegrationLocationDict
        | InputPhoneLocation
        | InputPhoneLocationDict
        | InputAttendeeAddressLocation
        | InputAttendeeAddressLocationDict
        | InputAttendeePhoneLocation
        | InputAttendeePhoneLocationDict
        | InputAttendeeDefinedLocation
        | InputAttendeeDefinedLocationDict
    ]
