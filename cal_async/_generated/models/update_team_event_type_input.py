# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_field_input import AddressFieldInput
    from ..models.base_booking_limits_count import BaseBookingLimitsCount
    from ..models.base_booking_limits_duration import BaseBookingLimitsDuration
    from ..models.base_confirmation_policy import BaseConfirmationPolicy
    from ..models.booker_layouts import BookerLayouts
    from ..models.boolean_field_input import BooleanFieldInput
    from ..models.business_days_window import BusinessDaysWindow
    from ..models.cal_video_settings import CalVideoSettings
    from ..models.calendar_days_window import CalendarDaysWindow
    from ..models.checkbox_group_field_input import CheckboxGroupFieldInput
    from ..models.destination_calendar_20240614 import DestinationCalendar20240614
    from ..models.disabled import Disabled
    from ..models.email_default_field_input import EmailDefaultFieldInput
    from ..models.event_type_color import EventTypeColor
    from ..models.guests_default_field_input import GuestsDefaultFieldInput
    from ..models.host import Host
    from ..models.input_address_location import InputAddressLocation
    from ..models.input_attendee_address_location import InputAttendeeAddressLocation
    from ..models.input_attendee_defined_location import InputAttendeeDefinedLocation
    from ..models.input_attendee_phone_location import InputAttendeePhoneLocation
    from ..models.input_integration_location import InputIntegrationLocation
    from ..models.input_link_location import InputLinkLocation
    from ..models.input_organizers_default_app import InputOrganizersDefaultApp
    from ..models.input_phone_location import InputPhoneLocation
    from ..models.location_default_field_input import LocationDefaultFieldInput
    from ..models.multi_email_field_input import MultiEmailFieldInput
    from ..models.multi_select_field_input import MultiSelectFieldInput
    from ..models.name_default_field_input import NameDefaultFieldInput
    from ..models.notes_default_field_input import NotesDefaultFieldInput
    from ..models.number_field_input import NumberFieldInput
    from ..models.phone_field_input import PhoneFieldInput
    from ..models.radio_group_field_input import RadioGroupFieldInput
    from ..models.range_window import RangeWindow
    from ..models.recurrence import Recurrence
    from ..models.reschedule_reason_default_field_input import RescheduleReasonDefaultFieldInput
    from ..models.seats import Seats
    from ..models.select_field_input import SelectFieldInput
    from ..models.text_area_field_input import TextAreaFieldInput
    from ..models.text_field_input import TextFieldInput
    from ..models.title_default_field_input import TitleDefaultFieldInput


class UpdateTeamEventTypeInput(ApiModel):
    """
    Attributes:
        length_in_minutes (float | Unset):  Example: 60.
        length_in_minutes_options (list[str] | Unset): If you want that user can choose between different lengths of the
            event you can specify them here. Must include the provided `lengthInMinutes`. Example: [15, 30, 60].
        title (str | Unset):  Example: Learn the secrets of masterchief!.
        slug (str | Unset):  Example: learn-the-secrets-of-masterchief.
        description (str | Unset):  Example: Discover the culinary wonders of the Argentina by making the best flan
            ever!.
        booking_fields (list[AddressFieldInput | BooleanFieldInput | CheckboxGroupFieldInput | EmailDefaultFieldInput |
            GuestsDefaultFieldInput | LocationDefaultFieldInput | MultiEmailFieldInput | MultiSelectFieldInput |
            NameDefaultFieldInput | NotesDefaultFieldInput | NumberFieldInput | PhoneFieldInput | RadioGroupFieldInput |
            RescheduleReasonDefaultFieldInput | SelectFieldInput | TextAreaFieldInput | TextFieldInput |
            TitleDefaultFieldInput] | Unset): Complete set of booking form fields. This array replaces all existing booking
            fields. To modify existing fields, first fetch the current event type, then include all desired fields in this
            array. Sending only one field will remove all other custom fields, keeping only default fields plus the provided
            one.
        disable_guests (bool | Unset): If true, person booking this event can't add guests via their emails.
        slot_interval (float | Unset): Number representing length of each slot when event is booked. By default it equal
            length of the event type.
                  If event length is 60 minutes then we would have slots 9AM, 10AM, 11AM etc. but if it was changed to 30
            minutes then
                  we would have slots 9AM, 9:30AM, 10AM, 10:30AM etc. as the available times to book the 60 minute event.
        minimum_booking_notice (float | Unset): Minimum number of minutes before the event that a booking can be made.
        before_event_buffer (float | Unset): Time spaces that can be prepended before an event to give more time before
            it.
        after_event_buffer (float | Unset): Time spaces that can be appended after an event to give more time after it.
        schedule_id (int | Unset): If you want that this event has different schedule than user's default one you can
            specify it here.
        booking_limits_count (BaseBookingLimitsCount | Disabled | Unset): Limit how many times this event can be booked
        only_show_first_available_slot (bool | Unset): This will limit your availability for this event type to one slot
            per day, scheduled at the earliest available time.
        booking_limits_duration (BaseBookingLimitsDuration | Disabled | Unset): Limit total amount of time that this
            event can be booked
        booking_window (BusinessDaysWindow | CalendarDaysWindow | Disabled | RangeWindow | Unset): Limit how far in the
            future this event can be booked
        offset_start (float | Unset): Offset timeslots shown to bookers by a specified number of minutes
        booker_layouts (BookerLayouts | Unset):
        confirmation_policy (BaseConfirmationPolicy | Disabled | Unset): Specify how the booking needs to be manually
            confirmed before it is pushed to the integrations and a confirmation mail is sent.
        recurrence (Disabled | Recurrence | Unset): Create a recurring event type.
        requires_booker_email_verification (bool | Unset):
        hide_calendar_notes (bool | Unset):
        lock_time_zone_toggle_on_booking_page (bool | Unset):
        color (EventTypeColor | Unset):
        seats (Disabled | Seats | Unset): Create an event type with multiple seats.
        custom_name (str | Unset): Customizable event name with valid variables:
                  {Event type title}, {Organiser}, {Scheduler}, {Location}, {Organiser first name},
                  {Scheduler first name}, {Scheduler last name}, {Event duration}, {LOCATION},
                  {HOST/ATTENDEE}, {HOST}, {ATTENDEE}, {USER} Example: {Event type title} between {Organiser} and
            {Scheduler}.
        destination_calendar (DestinationCalendar20240614 | Unset):
        use_destination_calendar_email (bool | Unset):
        hide_calendar_event_details (bool | Unset):
        success_redirect_url (str | Unset): A valid URL where the booker will redirect to, once the booking is completed
            successfully Example: https://masterchief.com/argentina/flan/video/9129412.
        hide_organizer_email (bool | Unset): Boolean to Hide organizer's email address from the booking screen, email
            notifications, and calendar events
        cal_video_settings (CalVideoSettings | Unset):
        hidden (bool | Unset):
        booking_requires_authentication (bool | Unset): Boolean to require authentication for booking this event type
            via api. If true, only authenticated users who are the event-type owner or org/team admin/owner can book this
            event type. Default: False.
        hosts (list[Host] | Unset):
        assign_all_team_members (bool | Unset): If true, all current and future team members will be assigned to this
            event type
        locations (list[InputAddressLocation | InputAttendeeAddressLocation | InputAttendeeDefinedLocation |
            InputAttendeePhoneLocation | InputIntegrationLocation | InputLinkLocation | InputOrganizersDefaultApp |
            InputPhoneLocation] | Unset): Locations where the event will take place. If not provided, cal video link will be
            used as the location.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "lengthInMinutes",
            "lengthInMinutesOptions",
            "title",
            "slug",
            "description",
            "bookingFields",
            "disableGuests",
            "slotInterval",
            "minimumBookingNotice",
            "beforeEventBuffer",
            "afterEventBuffer",
            "scheduleId",
            "bookingLimitsCount",
            "onlyShowFirstAvailableSlot",
            "bookingLimitsDuration",
            "bookingWindow",
            "offsetStart",
            "bookerLayouts",
            "confirmationPolicy",
            "recurrence",
            "requiresBookerEmailVerification",
            "hideCalendarNotes",
            "lockTimeZoneToggleOnBookingPage",
            "color",
            "seats",
            "customName",
            "destinationCalendar",
            "useDestinationCalendarEmail",
            "hideCalendarEventDetails",
            "successRedirectUrl",
            "hideOrganizerEmail",
            "calVideoSettings",
            "hidden",
            "bookingRequiresAuthentication",
            "hosts",
            "assignAllTeamMembers",
            "locations",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        length_in_minutes: float | Unset = UNSET,
        length_in_minutes_options: list[str] | Unset = UNSET,
        title: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
        booking_fields: list[
            AddressFieldInput
            | BooleanFieldInput
            | CheckboxGroupFieldInput
            | EmailDefaultFieldInput
            | GuestsDefaultFieldInput
            | LocationDefaultFieldInput
            | MultiEmailFieldInput
            | MultiSelectFieldInput
            | NameDefaultFieldInput
            | NotesDefaultFieldInput
            | NumberFieldInput
            | PhoneFieldInput
            | RadioGroupFieldInput
            | RescheduleReasonDefaultFieldInput
            | SelectFieldInput
            | TextAreaFieldInput
            | TextFieldInput
            | TitleDefaultFieldInput
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
        booking_window: BusinessDaysWindow | CalendarDaysWindow | Disabled | RangeWindow | Unset = UNSET,
        offset_start: float | Unset = UNSET,
        booker_layouts: BookerLayouts | Unset = UNSET,
        confirmation_policy: BaseConfirmationPolicy | Disabled | Unset = UNSET,
        recurrence: Disabled | Recurrence | Unset = UNSET,
        requires_booker_email_verification: bool | Unset = UNSET,
        hide_calendar_notes: bool | Unset = UNSET,
        lock_time_zone_toggle_on_booking_page: bool | Unset = UNSET,
        color: EventTypeColor | Unset = UNSET,
        seats: Disabled | Seats | Unset = UNSET,
        custom_name: str | Unset = UNSET,
        destination_calendar: DestinationCalendar20240614 | Unset = UNSET,
        use_destination_calendar_email: bool | Unset = UNSET,
        hide_calendar_event_details: bool | Unset = UNSET,
        success_redirect_url: str | Unset = UNSET,
        hide_organizer_email: bool | Unset = UNSET,
        cal_video_settings: CalVideoSettings | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        booking_requires_authentication: bool | Unset = UNSET,
        hosts: list[Host] | Unset = UNSET,
        assign_all_team_members: bool | Unset = UNSET,
        locations: list[
            InputAddressLocation
            | InputAttendeeAddressLocation
            | InputAttendeeDefinedLocation
            | InputAttendeePhoneLocation
            | InputIntegrationLocation
            | InputLinkLocation
            | InputOrganizersDefaultApp
            | InputPhoneLocation
        ]
        | Unset = UNSET,
        **extra: Any,
    ) -> None:
        from ..models.address_field_input import AddressFieldInput  # noqa: PLC0415
        from ..models.base_booking_limits_count import BaseBookingLimitsCount  # noqa: PLC0415
        from ..models.base_booking_limits_duration import BaseBookingLimitsDuration  # noqa: PLC0415
        from ..models.base_confirmation_policy import BaseConfirmationPolicy  # noqa: PLC0415
        from ..models.business_days_window import BusinessDaysWindow  # noqa: PLC0415
        from ..models.calendar_days_window import CalendarDaysWindow  # noqa: PLC0415
        from ..models.checkbox_group_field_input import CheckboxGroupFieldInput  # noqa: PLC0415
        from ..models.email_default_field_input import EmailDefaultFieldInput  # noqa: PLC0415
        from ..models.guests_default_field_input import GuestsDefaultFieldInput  # noqa: PLC0415
        from ..models.input_address_location import InputAddressLocation  # noqa: PLC0415
        from ..models.input_attendee_address_location import InputAttendeeAddressLocation  # noqa: PLC0415
        from ..models.input_attendee_defined_location import InputAttendeeDefinedLocation  # noqa: PLC0415
        from ..models.input_attendee_phone_location import InputAttendeePhoneLocation  # noqa: PLC0415
        from ..models.input_integration_location import InputIntegrationLocation  # noqa: PLC0415
        from ..models.input_link_location import InputLinkLocation  # noqa: PLC0415
        from ..models.input_phone_location import InputPhoneLocation  # noqa: PLC0415
        from ..models.location_default_field_input import LocationDefaultFieldInput  # noqa: PLC0415
        from ..models.multi_email_field_input import MultiEmailFieldInput  # noqa: PLC0415
        from ..models.multi_select_field_input import MultiSelectFieldInput  # noqa: PLC0415
        from ..models.name_default_field_input import NameDefaultFieldInput  # noqa: PLC0415
        from ..models.notes_default_field_input import NotesDefaultFieldInput  # noqa: PLC0415
        from ..models.number_field_input import NumberFieldInput  # noqa: PLC0415
        from ..models.phone_field_input import PhoneFieldInput  # noqa: PLC0415
        from ..models.radio_group_field_input import RadioGroupFieldInput  # noqa: PLC0415
        from ..models.range_window import RangeWindow  # noqa: PLC0415
        from ..models.recurrence import Recurrence  # noqa: PLC0415
        from ..models.reschedule_reason_default_field_input import RescheduleReasonDefaultFieldInput  # noqa: PLC0415
        from ..models.seats import Seats  # noqa: PLC0415
        from ..models.select_field_input import SelectFieldInput  # noqa: PLC0415
        from ..models.text_area_field_input import TextAreaFieldInput  # noqa: PLC0415
        from ..models.text_field_input import TextFieldInput  # noqa: PLC0415
        from ..models.title_default_field_input import TitleDefaultFieldInput  # noqa: PLC0415

        data: dict[str, Any] = {}
        _length_in_minutes = length_in_minutes

        if not isinstance(_length_in_minutes, Unset):
            data["lengthInMinutes"] = _length_in_minutes
        _length_in_minutes_options = UNSET
        if not isinstance(length_in_minutes_options, Unset):
            _length_in_minutes_options = length_in_minutes_options

        if not isinstance(_length_in_minutes_options, Unset):
            data["lengthInMinutesOptions"] = _length_in_minutes_options
        _title = title

        if not isinstance(_title, Unset):
            data["title"] = _title
        _slug = slug

        if not isinstance(_slug, Unset):
            data["slug"] = _slug
        _description = description

        if not isinstance(_description, Unset):
            data["description"] = _description
        _booking_fields = UNSET
        if not isinstance(booking_fields, Unset):
            _booking_fields = []
            for booking_fields_item_data in booking_fields:
                booking_fields_item: dict[str, Any]
                if isinstance(booking_fields_item_data, NameDefaultFieldInput):
                    booking_fields_item = as_json(booking_fields_item_data)
                elif isinstance(booking_fields_item_data, EmailDefaultFieldInput):
                    booking_fields_item = as_json(booking_fields_item_data)
                elif isinstance(booking_fields_item_data, TitleDefaultFieldInput):
                    booking_fields_item = as_json(booking_fields_item_data)
                elif isinstance(booking_fields_item_data, LocationDefaultFieldInput):
                    booking_fields_item = as_json(booking_fields_item_data)
                elif isinstance(booking_fields_item_data, NotesDefaultFieldInput):
                    booking_fields_item = as_json(booking_fields_item_data)
                elif isinstance(booking_fields_item_data, GuestsDefaultFieldInput):
                    booking_fields_item = as_json(booking_fields_item_data)
                elif isinstance(booking_fields_item_data, RescheduleReasonDefaultFieldInput):
                    booking_fields_item = as_json(booking_fields_item_data)
                elif isinstance(booking_fields_item_data, PhoneFieldInput):
                    booking_fields_item = as_json(booking_fields_item_data)
                elif isinstance(booking_fields_item_data, AddressFieldInput):
                    booking_fields_item = as_json(booking_fields_item_data)
                elif isinstance(booking_fields_item_data, TextFieldInput):
                    booking_fields_item = as_json(booking_fields_item_data)
                elif isinstance(booking_fields_item_data, NumberFieldInput):
                    booking_fields_item = as_json(booking_fields_item_data)
                elif isinstance(booking_fields_item_data, TextAreaFieldInput):
                    booking_fields_item = as_json(booking_fields_item_data)
                elif isinstance(booking_fields_item_data, SelectFieldInput):
                    booking_fields_item = as_json(booking_fields_item_data)
                elif isinstance(booking_fields_item_data, MultiSelectFieldInput):
                    booking_fields_item = as_json(booking_fields_item_data)
                elif isinstance(booking_fields_item_data, MultiEmailFieldInput):
                    booking_fields_item = as_json(booking_fields_item_data)
                elif isinstance(booking_fields_item_data, CheckboxGroupFieldInput):
                    booking_fields_item = as_json(booking_fields_item_data)
                elif isinstance(booking_fields_item_data, RadioGroupFieldInput):
                    booking_fields_item = as_json(booking_fields_item_data)
                else:
                    booking_fields_item = as_json(booking_fields_item_data)

                _booking_fields.append(booking_fields_item)

        if not isinstance(_booking_fields, Unset):
            data["bookingFields"] = _booking_fields
        _disable_guests = disable_guests

        if not isinstance(_disable_guests, Unset):
            data["disableGuests"] = _disable_guests
        _slot_interval = slot_interval

        if not isinstance(_slot_interval, Unset):
            data["slotInterval"] = _slot_interval
        _minimum_booking_notice = minimum_booking_notice

        if not isinstance(_minimum_booking_notice, Unset):
            data["minimumBookingNotice"] = _minimum_booking_notice
        _before_event_buffer = before_event_buffer

        if not isinstance(_before_event_buffer, Unset):
            data["beforeEventBuffer"] = _before_event_buffer
        _after_event_buffer = after_event_buffer

        if not isinstance(_after_event_buffer, Unset):
            data["afterEventBuffer"] = _after_event_buffer
        _schedule_id = schedule_id

        if not isinstance(_schedule_id, Unset):
            data["scheduleId"] = _schedule_id

        if isinstance(booking_limits_count, Unset):
            _booking_limits_count = UNSET
        elif isinstance(booking_limits_count, BaseBookingLimitsCount):
            _booking_limits_count = as_json(booking_limits_count)
        else:
            _booking_limits_count = as_json(booking_limits_count)

        if not isinstance(_booking_limits_count, Unset):
            data["bookingLimitsCount"] = _booking_limits_count
        _only_show_first_available_slot = only_show_first_available_slot

        if not isinstance(_only_show_first_available_slot, Unset):
            data["onlyShowFirstAvailableSlot"] = _only_show_first_available_slot

        if isinstance(booking_limits_duration, Unset):
            _booking_limits_duration = UNSET
        elif isinstance(booking_limits_duration, BaseBookingLimitsDuration):
            _booking_limits_duration = as_json(booking_limits_duration)
        else:
            _booking_limits_duration = as_json(booking_limits_duration)

        if not isinstance(_booking_limits_duration, Unset):
            data["bookingLimitsDuration"] = _booking_limits_duration

        if isinstance(booking_window, Unset):
            _booking_window = UNSET
        elif isinstance(booking_window, BusinessDaysWindow):
            _booking_window = as_json(booking_window)
        elif isinstance(booking_window, CalendarDaysWindow):
            _booking_window = as_json(booking_window)
        elif isinstance(booking_window, RangeWindow):
            _booking_window = as_json(booking_window)
        else:
            _booking_window = as_json(booking_window)

        if not isinstance(_booking_window, Unset):
            data["bookingWindow"] = _booking_window
        _offset_start = offset_start

        if not isinstance(_offset_start, Unset):
            data["offsetStart"] = _offset_start
        _booker_layouts = UNSET
        if not isinstance(booker_layouts, Unset):
            _booker_layouts = as_json(booker_layouts)

        if not isinstance(_booker_layouts, Unset):
            data["bookerLayouts"] = _booker_layouts

        if isinstance(confirmation_policy, Unset):
            _confirmation_policy = UNSET
        elif isinstance(confirmation_policy, BaseConfirmationPolicy):
            _confirmation_policy = as_json(confirmation_policy)
        else:
            _confirmation_policy = as_json(confirmation_policy)

        if not isinstance(_confirmation_policy, Unset):
            data["confirmationPolicy"] = _confirmation_policy

        if isinstance(recurrence, Unset):
            _recurrence = UNSET
        elif isinstance(recurrence, Recurrence):
            _recurrence = as_json(recurrence)
        else:
            _recurrence = as_json(recurrence)

        if not isinstance(_recurrence, Unset):
            data["recurrence"] = _recurrence
        _requires_booker_email_verification = requires_booker_email_verification

        if not isinstance(_requires_booker_email_verification, Unset):
            data["requiresBookerEmailVerification"] = _requires_booker_email_verification
        _hide_calendar_notes = hide_calendar_notes

        if not isinstance(_hide_calendar_notes, Unset):
            data["hideCalendarNotes"] = _hide_calendar_notes
        _lock_time_zone_toggle_on_booking_page = lock_time_zone_toggle_on_booking_page

        if not isinstance(_lock_time_zone_toggle_on_booking_page, Unset):
            data["lockTimeZoneToggleOnBookingPage"] = _lock_time_zone_toggle_on_booking_page
        _color = UNSET
        if not isinstance(color, Unset):
            _color = as_json(color)

        if not isinstance(_color, Unset):
            data["color"] = _color

        if isinstance(seats, Unset):
            _seats = UNSET
        elif isinstance(seats, Seats):
            _seats = as_json(seats)
        else:
            _seats = as_json(seats)

        if not isinstance(_seats, Unset):
            data["seats"] = _seats
        _custom_name = custom_name

        if not isinstance(_custom_name, Unset):
            data["customName"] = _custom_name
        _destination_calendar = UNSET
        if not isinstance(destination_calendar, Unset):
            _destination_calendar = as_json(destination_calendar)

        if not isinstance(_destination_calendar, Unset):
            data["destinationCalendar"] = _destination_calendar
        _use_destination_calendar_email = use_destination_calendar_email

        if not isinstance(_use_destination_calendar_email, Unset):
            data["useDestinationCalendarEmail"] = _use_destination_calendar_email
        _hide_calendar_event_details = hide_calendar_event_details

        if not isinstance(_hide_calendar_event_details, Unset):
            data["hideCalendarEventDetails"] = _hide_calendar_event_details
        _success_redirect_url = success_redirect_url

        if not isinstance(_success_redirect_url, Unset):
            data["successRedirectUrl"] = _success_redirect_url
        _hide_organizer_email = hide_organizer_email

        if not isinstance(_hide_organizer_email, Unset):
            data["hideOrganizerEmail"] = _hide_organizer_email
        _cal_video_settings = UNSET
        if not isinstance(cal_video_settings, Unset):
            _cal_video_settings = as_json(cal_video_settings)

        if not isinstance(_cal_video_settings, Unset):
            data["calVideoSettings"] = _cal_video_settings
        _hidden = hidden

        if not isinstance(_hidden, Unset):
            data["hidden"] = _hidden
        _booking_requires_authentication = booking_requires_authentication

        if not isinstance(_booking_requires_authentication, Unset):
            data["bookingRequiresAuthentication"] = _booking_requires_authentication
        _hosts = UNSET
        if not isinstance(hosts, Unset):
            _hosts = []
            for hosts_item_data in hosts:
                hosts_item = as_json(hosts_item_data)
                _hosts.append(hosts_item)

        if not isinstance(_hosts, Unset):
            data["hosts"] = _hosts
        _assign_all_team_members = assign_all_team_members

        if not isinstance(_assign_all_team_members, Unset):
            data["assignAllTeamMembers"] = _assign_all_team_members
        _locations = UNSET
        if not isinstance(locations, Unset):
            _locations = []
            for locations_item_data in locations:
                locations_item: dict[str, Any]
                if isinstance(locations_item_data, InputAddressLocation):
                    locations_item = as_json(locations_item_data)
                elif isinstance(locations_item_data, InputLinkLocation):
                    locations_item = as_json(locations_item_data)
                elif isinstance(locations_item_data, InputIntegrationLocation):
                    locations_item = as_json(locations_item_data)
                elif isinstance(locations_item_data, InputPhoneLocation):
                    locations_item = as_json(locations_item_data)
                elif isinstance(locations_item_data, InputAttendeeAddressLocation):
                    locations_item = as_json(locations_item_data)
                elif isinstance(locations_item_data, InputAttendeePhoneLocation):
                    locations_item = as_json(locations_item_data)
                elif isinstance(locations_item_data, InputAttendeeDefinedLocation):
                    locations_item = as_json(locations_item_data)
                else:
                    locations_item = as_json(locations_item_data)

                _locations.append(locations_item)

        if not isinstance(_locations, Unset):
            data["locations"] = _locations
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def length_in_minutes(self) -> float | Unset:
        return cast(float | Unset, self._data.get("lengthInMinutes", UNSET))

    @property
    def length_in_minutes_options(self) -> list[str] | Unset:
        """If you want that user can choose between different lengths of the event you can specify them here.
        Must include the provided `lengthInMinutes`."""
        length_in_minutes_options = cast(list[str], self._data.get("lengthInMinutesOptions", UNSET))

        return length_in_minutes_options

    @property
    def title(self) -> str | Unset:
        return cast(str | Unset, self._data.get("title", UNSET))

    @property
    def slug(self) -> str | Unset:
        return cast(str | Unset, self._data.get("slug", UNSET))

    @property
    def description(self) -> str | Unset:
        return cast(str | Unset, self._data.get("description", UNSET))

    @property
    def booking_fields(
        self,
    ) -> (
        list[
            AddressFieldInput
            | BooleanFieldInput
            | CheckboxGroupFieldInput
            | EmailDefaultFieldInput
            | GuestsDefaultFieldInput
            | LocationDefaultFieldInput
            | MultiEmailFieldInput
            | MultiSelectFieldInput
            | NameDefaultFieldInput
            | NotesDefaultFieldInput
            | NumberFieldInput
            | PhoneFieldInput
            | RadioGroupFieldInput
            | RescheduleReasonDefaultFieldInput
            | SelectFieldInput
            | TextAreaFieldInput
            | TextFieldInput
            | TitleDefaultFieldInput
        ]
        | Unset
    ):
        """Complete set of booking form fields. This array replaces all existing booking fields. To modify
        existing fields, first fetch the current event type, then include all desired fields in this array.
        Sending only one field will remove all other custom fields, keeping only default fields plus the
        provided one."""
        from ..models.address_field_input import AddressFieldInput  # noqa: PLC0415
        from ..models.boolean_field_input import BooleanFieldInput  # noqa: PLC0415
        from ..models.checkbox_group_field_input import CheckboxGroupFieldInput  # noqa: PLC0415
        from ..models.email_default_field_input import EmailDefaultFieldInput  # noqa: PLC0415
        from ..models.guests_default_field_input import GuestsDefaultFieldInput  # noqa: PLC0415
        from ..models.location_default_field_input import LocationDefaultFieldInput  # noqa: PLC0415
        from ..models.multi_email_field_input import MultiEmailFieldInput  # noqa: PLC0415
        from ..models.multi_select_field_input import MultiSelectFieldInput  # noqa: PLC0415
        from ..models.name_default_field_input import NameDefaultFieldInput  # noqa: PLC0415
        from ..models.notes_default_field_input import NotesDefaultFieldInput  # noqa: PLC0415
        from ..models.number_field_input import NumberFieldInput  # noqa: PLC0415
        from ..models.phone_field_input import PhoneFieldInput  # noqa: PLC0415
        from ..models.radio_group_field_input import RadioGroupFieldInput  # noqa: PLC0415
        from ..models.reschedule_reason_default_field_input import RescheduleReasonDefaultFieldInput  # noqa: PLC0415
        from ..models.select_field_input import SelectFieldInput  # noqa: PLC0415
        from ..models.text_area_field_input import TextAreaFieldInput  # noqa: PLC0415
        from ..models.text_field_input import TextFieldInput  # noqa: PLC0415
        from ..models.title_default_field_input import TitleDefaultFieldInput  # noqa: PLC0415

        _booking_fields = self._data.get("bookingFields", UNSET)
        booking_fields: (
            list[
                AddressFieldInput
                | BooleanFieldInput
                | CheckboxGroupFieldInput
                | EmailDefaultFieldInput
                | GuestsDefaultFieldInput
                | LocationDefaultFieldInput
                | MultiEmailFieldInput
                | MultiSelectFieldInput
                | NameDefaultFieldInput
                | NotesDefaultFieldInput
                | NumberFieldInput
                | PhoneFieldInput
                | RadioGroupFieldInput
                | RescheduleReasonDefaultFieldInput
                | SelectFieldInput
                | TextAreaFieldInput
                | TextFieldInput
                | TitleDefaultFieldInput
            ]
            | Unset
        ) = UNSET
        if _booking_fields is not UNSET:
            booking_fields = []
            for booking_fields_item_data in _booking_fields:

                def _parse_booking_fields_item(
                    data: object,
                ) -> (
                    AddressFieldInput
                    | BooleanFieldInput
                    | CheckboxGroupFieldInput
                    | EmailDefaultFieldInput
                    | GuestsDefaultFieldInput
                    | LocationDefaultFieldInput
                    | MultiEmailFieldInput
                    | MultiSelectFieldInput
                    | NameDefaultFieldInput
                    | NotesDefaultFieldInput
                    | NumberFieldInput
                    | PhoneFieldInput
                    | RadioGroupFieldInput
                    | RescheduleReasonDefaultFieldInput
                    | SelectFieldInput
                    | TextAreaFieldInput
                    | TextFieldInput
                    | TitleDefaultFieldInput
                ):
                    try:
                        if not SelectFieldInput._matches(data):
                            raise TypeError()
                        booking_fields_item_type_12 = SelectFieldInput.from_dict(data)

                        return booking_fields_item_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not PhoneFieldInput._matches(data):
                            raise TypeError()
                        booking_fields_item_type_7 = PhoneFieldInput.from_dict(data)

                        return booking_fields_item_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not AddressFieldInput._matches(data):
                            raise TypeError()
                        booking_fields_item_type_8 = AddressFieldInput.from_dict(data)

                        return booking_fields_item_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not TextFieldInput._matches(data):
                            raise TypeError()
                        booking_fields_item_type_9 = TextFieldInput.from_dict(data)

                        return booking_fields_item_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not NumberFieldInput._matches(data):
                            raise TypeError()
                        booking_fields_item_type_10 = NumberFieldInput.from_dict(data)

                        return booking_fields_item_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not TextAreaFieldInput._matches(data):
                            raise TypeError()
                        booking_fields_item_type_11 = TextAreaFieldInput.from_dict(data)

                        return booking_fields_item_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not MultiSelectFieldInput._matches(data):
                            raise TypeError()
                        booking_fields_item_type_13 = MultiSelectFieldInput.from_dict(data)

                        return booking_fields_item_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not MultiEmailFieldInput._matches(data):
                            raise TypeError()
                        booking_fields_item_type_14 = MultiEmailFieldInput.from_dict(data)

                        return booking_fields_item_type_14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not CheckboxGroupFieldInput._matches(data):
                            raise TypeError()
                        booking_fields_item_type_15 = CheckboxGroupFieldInput.from_dict(data)

                        return booking_fields_item_type_15
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not RadioGroupFieldInput._matches(data):
                            raise TypeError()
                        booking_fields_item_type_16 = RadioGroupFieldInput.from_dict(data)

                        return booking_fields_item_type_16
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not BooleanFieldInput._matches(data):
                            raise TypeError()
                        booking_fields_item_type_17 = BooleanFieldInput.from_dict(data)

                        return booking_fields_item_type_17
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not NameDefaultFieldInput._matches(data):
                            raise TypeError()
                        booking_fields_item_type_0 = NameDefaultFieldInput.from_dict(data)

                        return booking_fields_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not EmailDefaultFieldInput._matches(data):
                            raise TypeError()
                        booking_fields_item_type_1 = EmailDefaultFieldInput.from_dict(data)

                        return booking_fields_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not TitleDefaultFieldInput._matches(data):
                            raise TypeError()
                        booking_fields_item_type_2 = TitleDefaultFieldInput.from_dict(data)

                        return booking_fields_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not LocationDefaultFieldInput._matches(data):
                            raise TypeError()
                        booking_fields_item_type_3 = LocationDefaultFieldInput.from_dict(data)

                        return booking_fields_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not NotesDefaultFieldInput._matches(data):
                            raise TypeError()
                        booking_fields_item_type_4 = NotesDefaultFieldInput.from_dict(data)

                        return booking_fields_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not GuestsDefaultFieldInput._matches(data):
                            raise TypeError()
                        booking_fields_item_type_5 = GuestsDefaultFieldInput.from_dict(data)

                        return booking_fields_item_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not RescheduleReasonDefaultFieldInput._matches(data):
                            raise TypeError()
                        booking_fields_item_type_6 = RescheduleReasonDefaultFieldInput.from_dict(data)

                        return booking_fields_item_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        AddressFieldInput
                        | BooleanFieldInput
                        | CheckboxGroupFieldInput
                        | EmailDefaultFieldInput
                        | GuestsDefaultFieldInput
                        | LocationDefaultFieldInput
                        | MultiEmailFieldInput
                        | MultiSelectFieldInput
                        | NameDefaultFieldInput
                        | NotesDefaultFieldInput
                        | NumberFieldInput
                        | PhoneFieldInput
                        | RadioGroupFieldInput
                        | RescheduleReasonDefaultFieldInput
                        | SelectFieldInput
                        | TextAreaFieldInput
                        | TextFieldInput
                        | TitleDefaultFieldInput,
                        data,
                    )

                booking_fields_item = _parse_booking_fields_item(booking_fields_item_data)

                booking_fields.append(booking_fields_item)

        return booking_fields

    @property
    def disable_guests(self) -> bool | Unset:
        """If true, person booking this event can't add guests via their emails."""
        return cast(bool | Unset, self._data.get("disableGuests", UNSET))

    @property
    def slot_interval(self) -> float | Unset:
        """Number representing length of each slot when event is booked. By default it equal length of the
        event type.
              If event length is 60 minutes then we would have slots 9AM, 10AM, 11AM etc. but if it was
        changed to 30 minutes then
              we would have slots 9AM, 9:30AM, 10AM, 10:30AM etc. as the available times to book the 60
        minute event."""
        return cast(float | Unset, self._data.get("slotInterval", UNSET))

    @property
    def minimum_booking_notice(self) -> float | Unset:
        """Minimum number of minutes before the event that a booking can be made."""
        return cast(float | Unset, self._data.get("minimumBookingNotice", UNSET))

    @property
    def before_event_buffer(self) -> float | Unset:
        """Time spaces that can be prepended before an event to give more time before it."""
        return cast(float | Unset, self._data.get("beforeEventBuffer", UNSET))

    @property
    def after_event_buffer(self) -> float | Unset:
        """Time spaces that can be appended after an event to give more time after it."""
        return cast(float | Unset, self._data.get("afterEventBuffer", UNSET))

    @property
    def schedule_id(self) -> int | Unset:
        """If you want that this event has different schedule than user's default one you can specify it here."""
        return cast(int | Unset, self._data.get("scheduleId", UNSET))

    @property
    def booking_limits_count(self) -> BaseBookingLimitsCount | Disabled | Unset:
        """Limit how many times this event can be booked"""
        from ..models.base_booking_limits_count import BaseBookingLimitsCount  # noqa: PLC0415
        from ..models.disabled import Disabled  # noqa: PLC0415

        def _parse_booking_limits_count(data: object) -> BaseBookingLimitsCount | Disabled | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not Disabled._matches(data):
                    raise TypeError()
                booking_limits_count_type_1 = Disabled.from_dict(data)

                return booking_limits_count_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not BaseBookingLimitsCount._matches(data):
                    raise TypeError()
                booking_limits_count_type_0 = BaseBookingLimitsCount.from_dict(data)

                return booking_limits_count_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BaseBookingLimitsCount | Disabled | Unset, data)

        booking_limits_count = _parse_booking_limits_count(self._data.get("bookingLimitsCount", UNSET))

        return booking_limits_count

    @property
    def only_show_first_available_slot(self) -> bool | Unset:
        """This will limit your availability for this event type to one slot per day, scheduled at the earliest
        available time."""
        return cast(bool | Unset, self._data.get("onlyShowFirstAvailableSlot", UNSET))

    @property
    def booking_limits_duration(self) -> BaseBookingLimitsDuration | Disabled | Unset:
        """Limit total amount of time that this event can be booked"""
        from ..models.base_booking_limits_duration import BaseBookingLimitsDuration  # noqa: PLC0415
        from ..models.disabled import Disabled  # noqa: PLC0415

        def _parse_booking_limits_duration(data: object) -> BaseBookingLimitsDuration | Disabled | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not Disabled._matches(data):
                    raise TypeError()
                booking_limits_duration_type_1 = Disabled.from_dict(data)

                return booking_limits_duration_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not BaseBookingLimitsDuration._matches(data):
                    raise TypeError()
                booking_limits_duration_type_0 = BaseBookingLimitsDuration.from_dict(data)

                return booking_limits_duration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BaseBookingLimitsDuration | Disabled | Unset, data)

        booking_limits_duration = _parse_booking_limits_duration(self._data.get("bookingLimitsDuration", UNSET))

        return booking_limits_duration

    @property
    def booking_window(self) -> BusinessDaysWindow | CalendarDaysWindow | Disabled | RangeWindow | Unset:
        """Limit how far in the future this event can be booked"""
        from ..models.business_days_window import BusinessDaysWindow  # noqa: PLC0415
        from ..models.calendar_days_window import CalendarDaysWindow  # noqa: PLC0415
        from ..models.disabled import Disabled  # noqa: PLC0415
        from ..models.range_window import RangeWindow  # noqa: PLC0415

        def _parse_booking_window(
            data: object,
        ) -> BusinessDaysWindow | CalendarDaysWindow | Disabled | RangeWindow | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not BusinessDaysWindow._matches(data):
                    raise TypeError()
                booking_window_type_0 = BusinessDaysWindow.from_dict(data)

                return booking_window_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not CalendarDaysWindow._matches(data):
                    raise TypeError()
                booking_window_type_1 = CalendarDaysWindow.from_dict(data)

                return booking_window_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not RangeWindow._matches(data):
                    raise TypeError()
                booking_window_type_2 = RangeWindow.from_dict(data)

                return booking_window_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not Disabled._matches(data):
                    raise TypeError()
                booking_window_type_3 = Disabled.from_dict(data)

                return booking_window_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessDaysWindow | CalendarDaysWindow | Disabled | RangeWindow | Unset, data)

        booking_window = _parse_booking_window(self._data.get("bookingWindow", UNSET))

        return booking_window

    @property
    def offset_start(self) -> float | Unset:
        """Offset timeslots shown to bookers by a specified number of minutes"""
        return cast(float | Unset, self._data.get("offsetStart", UNSET))

    @property
    def booker_layouts(self) -> BookerLayouts | Unset:
        from ..models.booker_layouts import BookerLayouts  # noqa: PLC0415

        _booker_layouts = self._data.get("bookerLayouts", UNSET)
        booker_layouts: BookerLayouts | Unset
        if isinstance(_booker_layouts, Unset):
            booker_layouts = UNSET
        else:
            booker_layouts = BookerLayouts.from_dict(_booker_layouts)

        return booker_layouts

    @property
    def confirmation_policy(self) -> BaseConfirmationPolicy | Disabled | Unset:
        """Specify how the booking needs to be manually confirmed before it is pushed to the integrations and a
        confirmation mail is sent."""
        from ..models.base_confirmation_policy import BaseConfirmationPolicy  # noqa: PLC0415
        from ..models.disabled import Disabled  # noqa: PLC0415

        def _parse_confirmation_policy(data: object) -> BaseConfirmationPolicy | Disabled | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not BaseConfirmationPolicy._matches(data):
                    raise TypeError()
                confirmation_policy_type_0 = BaseConfirmationPolicy.from_dict(data)

                return confirmation_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not Disabled._matches(data):
                    raise TypeError()
                confirmation_policy_type_1 = Disabled.from_dict(data)

                return confirmation_policy_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BaseConfirmationPolicy | Disabled | Unset, data)

        confirmation_policy = _parse_confirmation_policy(self._data.get("confirmationPolicy", UNSET))

        return confirmation_policy

    @property
    def recurrence(self) -> Disabled | Recurrence | Unset:
        """Create a recurring event type."""
        from ..models.disabled import Disabled  # noqa: PLC0415
        from ..models.recurrence import Recurrence  # noqa: PLC0415

        def _parse_recurrence(data: object) -> Disabled | Recurrence | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not Recurrence._matches(data):
                    raise TypeError()
                recurrence_type_0 = Recurrence.from_dict(data)

                return recurrence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not Disabled._matches(data):
                    raise TypeError()
                recurrence_type_1 = Disabled.from_dict(data)

                return recurrence_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Disabled | Recurrence | Unset, data)

        recurrence = _parse_recurrence(self._data.get("recurrence", UNSET))

        return recurrence

    @property
    def requires_booker_email_verification(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("requiresBookerEmailVerification", UNSET))

    @property
    def hide_calendar_notes(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("hideCalendarNotes", UNSET))

    @property
    def lock_time_zone_toggle_on_booking_page(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("lockTimeZoneToggleOnBookingPage", UNSET))

    @property
    def color(self) -> EventTypeColor | Unset:
        from ..models.event_type_color import EventTypeColor  # noqa: PLC0415

        _color = self._data.get("color", UNSET)
        color: EventTypeColor | Unset
        if isinstance(_color, Unset):
            color = UNSET
        else:
            color = EventTypeColor.from_dict(_color)

        return color

    @property
    def seats(self) -> Disabled | Seats | Unset:
        """Create an event type with multiple seats."""
        from ..models.disabled import Disabled  # noqa: PLC0415
        from ..models.seats import Seats  # noqa: PLC0415

        def _parse_seats(data: object) -> Disabled | Seats | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not Seats._matches(data):
                    raise TypeError()
                seats_type_0 = Seats.from_dict(data)

                return seats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not Disabled._matches(data):
                    raise TypeError()
                seats_type_1 = Disabled.from_dict(data)

                return seats_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Disabled | Seats | Unset, data)

        seats = _parse_seats(self._data.get("seats", UNSET))

        return seats

    @property
    def custom_name(self) -> str | Unset:
        """Customizable event name with valid variables:
        {Event type title}, {Organiser}, {Scheduler}, {Location}, {Organiser first name},
        {Scheduler first name}, {Scheduler last name}, {Event duration}, {LOCATION},
        {HOST/ATTENDEE}, {HOST}, {ATTENDEE}, {USER}"""
        return cast(str | Unset, self._data.get("customName", UNSET))

    @property
    def destination_calendar(self) -> DestinationCalendar20240614 | Unset:
        from ..models.destination_calendar_20240614 import DestinationCalendar20240614  # noqa: PLC0415

        _destination_calendar = self._data.get("destinationCalendar", UNSET)
        destination_calendar: DestinationCalendar20240614 | Unset
        if isinstance(_destination_calendar, Unset):
            destination_calendar = UNSET
        else:
            destination_calendar = DestinationCalendar20240614.from_dict(_destination_calendar)

        return destination_calendar

    @property
    def use_destination_calendar_email(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("useDestinationCalendarEmail", UNSET))

    @property
    def hide_calendar_event_details(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("hideCalendarEventDetails", UNSET))

    @property
    def success_redirect_url(self) -> str | Unset:
        """A valid URL where the booker will redirect to, once the booking is completed successfully"""
        return cast(str | Unset, self._data.get("successRedirectUrl", UNSET))

    @property
    def hide_organizer_email(self) -> bool | Unset:
        """Boolean to Hide organizer's email address from the booking screen, email notifications, and calendar
        events"""
        return cast(bool | Unset, self._data.get("hideOrganizerEmail", UNSET))

    @property
    def cal_video_settings(self) -> CalVideoSettings | Unset:
        from ..models.cal_video_settings import CalVideoSettings  # noqa: PLC0415

        _cal_video_settings = self._data.get("calVideoSettings", UNSET)
        cal_video_settings: CalVideoSettings | Unset
        if isinstance(_cal_video_settings, Unset):
            cal_video_settings = UNSET
        else:
            cal_video_settings = CalVideoSettings.from_dict(_cal_video_settings)

        return cal_video_settings

    @property
    def hidden(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("hidden", UNSET))

    @property
    def booking_requires_authentication(self) -> bool | Unset:
        """Boolean to require authentication for booking this event type via api. If true, only authenticated
        users who are the event-type owner or org/team admin/owner can book this event type."""
        return cast(bool | Unset, self._data.get("bookingRequiresAuthentication", UNSET))

    @property
    def hosts(self) -> list[Host] | Unset:
        from ..models.host import Host  # noqa: PLC0415

        _hosts = self._data.get("hosts", UNSET)
        hosts: list[Host] | Unset = UNSET
        if _hosts is not UNSET:
            hosts = []
            for hosts_item_data in _hosts:
                hosts_item = Host.from_dict(hosts_item_data)

                hosts.append(hosts_item)

        return hosts

    @property
    def assign_all_team_members(self) -> bool | Unset:
        """If true, all current and future team members will be assigned to this event type"""
        return cast(bool | Unset, self._data.get("assignAllTeamMembers", UNSET))

    @property
    def locations(
        self,
    ) -> (
        list[
            InputAddressLocation
            | InputAttendeeAddressLocation
            | InputAttendeeDefinedLocation
            | InputAttendeePhoneLocation
            | InputIntegrationLocation
            | InputLinkLocation
            | InputOrganizersDefaultApp
            | InputPhoneLocation
        ]
        | Unset
    ):
        """Locations where the event will take place. If not provided, cal video link will be used as the
        location."""
        from ..models.input_address_location import InputAddressLocation  # noqa: PLC0415
        from ..models.input_attendee_address_location import InputAttendeeAddressLocation  # noqa: PLC0415
        from ..models.input_attendee_defined_location import InputAttendeeDefinedLocation  # noqa: PLC0415
        from ..models.input_attendee_phone_location import InputAttendeePhoneLocation  # noqa: PLC0415
        from ..models.input_integration_location import InputIntegrationLocation  # noqa: PLC0415
        from ..models.input_link_location import InputLinkLocation  # noqa: PLC0415
        from ..models.input_organizers_default_app import InputOrganizersDefaultApp  # noqa: PLC0415
        from ..models.input_phone_location import InputPhoneLocation  # noqa: PLC0415

        _locations = self._data.get("locations", UNSET)
        locations: (
            list[
                InputAddressLocation
                | InputAttendeeAddressLocation
                | InputAttendeeDefinedLocation
                | InputAttendeePhoneLocation
                | InputIntegrationLocation
                | InputLinkLocation
                | InputOrganizersDefaultApp
                | InputPhoneLocation
            ]
            | Unset
        ) = UNSET
        if _locations is not UNSET:
            locations = []
            for locations_item_data in _locations:

                def _parse_locations_item(
                    data: object,
                ) -> (
                    InputAddressLocation
                    | InputAttendeeAddressLocation
                    | InputAttendeeDefinedLocation
                    | InputAttendeePhoneLocation
                    | InputIntegrationLocation
                    | InputLinkLocation
                    | InputOrganizersDefaultApp
                    | InputPhoneLocation
                ):
                    try:
                        if not InputAddressLocation._matches(data):
                            raise TypeError()
                        locations_item_type_0 = InputAddressLocation.from_dict(data)

                        return locations_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not InputLinkLocation._matches(data):
                            raise TypeError()
                        locations_item_type_1 = InputLinkLocation.from_dict(data)

                        return locations_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not InputPhoneLocation._matches(data):
                            raise TypeError()
                        locations_item_type_3 = InputPhoneLocation.from_dict(data)

                        return locations_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not InputIntegrationLocation._matches(data):
                            raise TypeError()
                        locations_item_type_2 = InputIntegrationLocation.from_dict(data)

                        return locations_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not InputAttendeeAddressLocation._matches(data):
                            raise TypeError()
                        locations_item_type_4 = InputAttendeeAddressLocation.from_dict(data)

                        return locations_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not InputAttendeePhoneLocation._matches(data):
                            raise TypeError()
                        locations_item_type_5 = InputAttendeePhoneLocation.from_dict(data)

                        return locations_item_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not InputAttendeeDefinedLocation._matches(data):
                            raise TypeError()
                        locations_item_type_6 = InputAttendeeDefinedLocation.from_dict(data)

                        return locations_item_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not InputOrganizersDefaultApp._matches(data):
                            raise TypeError()
                        locations_item_type_7 = InputOrganizersDefaultApp.from_dict(data)

                        return locations_item_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        InputAddressLocation
                        | InputAttendeeAddressLocation
                        | InputAttendeeDefinedLocation
                        | InputAttendeePhoneLocation
                        | InputIntegrationLocation
                        | InputLinkLocation
                        | InputOrganizersDefaultApp
                        | InputPhoneLocation,
                        data,
                    )

                locations_item = _parse_locations_item(locations_item_data)

                locations.append(locations_item)

        return locations
