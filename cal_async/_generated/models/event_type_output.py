# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_field_output import AddressFieldOutput
    from ..models.booker_layouts import BookerLayouts
    from ..models.boolean_field_output import BooleanFieldOutput
    from ..models.business_days_window import BusinessDaysWindow
    from ..models.cal_video_settings import CalVideoSettings
    from ..models.calendar_days_window import CalendarDaysWindow
    from ..models.checkbox_group_field_output import CheckboxGroupFieldOutput
    from ..models.destination_calendar_20240614 import DestinationCalendar20240614
    from ..models.email_default_field_output import EmailDefaultFieldOutput
    from ..models.event_type_color import EventTypeColor
    from ..models.event_type_output_booking_limits_count import EventTypeOutputBookingLimitsCount
    from ..models.event_type_output_booking_limits_duration import EventTypeOutputBookingLimitsDuration
    from ..models.event_type_output_confirmation_policy import EventTypeOutputConfirmationPolicy
    from ..models.event_type_output_forward_params_success_redirect_type_0 import (
        EventTypeOutputForwardParamsSuccessRedirectType0,
    )
    from ..models.event_type_output_metadata import EventTypeOutputMetadata
    from ..models.event_type_output_seats_per_time_slot_type_0 import EventTypeOutputSeatsPerTimeSlotType0
    from ..models.event_type_output_success_redirect_url_type_0 import EventTypeOutputSuccessRedirectUrlType0
    from ..models.guests_default_field_output import GuestsDefaultFieldOutput
    from ..models.location_default_field_output import LocationDefaultFieldOutput
    from ..models.multi_email_field_output import MultiEmailFieldOutput
    from ..models.multi_select_field_output import MultiSelectFieldOutput
    from ..models.name_default_field_output import NameDefaultFieldOutput
    from ..models.notes_default_field_output import NotesDefaultFieldOutput
    from ..models.number_field_output import NumberFieldOutput
    from ..models.output_address_location import OutputAddressLocation
    from ..models.output_integration_location import OutputIntegrationLocation
    from ..models.output_link_location import OutputLinkLocation
    from ..models.output_organizers_default_app_location import OutputOrganizersDefaultAppLocation
    from ..models.output_phone_location import OutputPhoneLocation
    from ..models.output_unknown_location import OutputUnknownLocation
    from ..models.phone_field_output import PhoneFieldOutput
    from ..models.radio_group_field_output import RadioGroupFieldOutput
    from ..models.range_window import RangeWindow
    from ..models.recurrence import Recurrence
    from ..models.reschedule_reason_default_field_output import RescheduleReasonDefaultFieldOutput
    from ..models.seats import Seats
    from ..models.select_field_output import SelectFieldOutput
    from ..models.text_area_field_output import TextAreaFieldOutput
    from ..models.text_field_output import TextFieldOutput
    from ..models.title_default_field_output import TitleDefaultFieldOutput
    from ..models.url_field_output import UrlFieldOutput


class EventTypeOutput(ApiModel):
    """
    Attributes:
        id (int):  Example: 1.
        length_in_minutes (float):  Example: 60.
        title (str):  Example: Learn the secrets of masterchief!.
        slug (str):  Example: learn-the-secrets-of-masterchief.
        description (str):  Example: Discover the culinary wonders of Argentina by making the best flan ever!.
        locations (list[OutputAddressLocation | OutputIntegrationLocation | OutputLinkLocation |
            OutputOrganizersDefaultAppLocation | OutputPhoneLocation | OutputUnknownLocation]):
        booking_fields (list[AddressFieldOutput | BooleanFieldOutput | CheckboxGroupFieldOutput |
            EmailDefaultFieldOutput | GuestsDefaultFieldOutput | LocationDefaultFieldOutput | MultiEmailFieldOutput |
            MultiSelectFieldOutput | NameDefaultFieldOutput | NotesDefaultFieldOutput | NumberFieldOutput | PhoneFieldOutput
            | RadioGroupFieldOutput | RescheduleReasonDefaultFieldOutput | SelectFieldOutput | TextAreaFieldOutput |
            TextFieldOutput | TitleDefaultFieldOutput | UrlFieldOutput]):
        disable_guests (bool):
        recurrence (None | Recurrence):
        metadata (EventTypeOutputMetadata):
        price (float):
        currency (str):
        lock_time_zone_toggle_on_booking_page (bool):
        forward_params_success_redirect (EventTypeOutputForwardParamsSuccessRedirectType0 | None):
        success_redirect_url (EventTypeOutputSuccessRedirectUrlType0 | None):
        is_instant_event (bool):
        schedule_id (int | None):
        hidden (bool):
        booking_requires_authentication (bool): Boolean to require authentication for booking this event type via api.
            If true, only authenticated users who are the event-type owner or org/team admin/owner can book this event type.
        owner_id (int):  Example: 10.
        users (list[str]):
        length_in_minutes_options (list[float] | Unset): If you want that user can choose between different lengths of
            the event you can specify them here. Must include the provided `lengthInMinutes`. Example: [15, 30, 60].
        slot_interval (int | None | Unset):  Example: 60.
        minimum_booking_notice (float | Unset):  Example: 0.
        before_event_buffer (float | Unset):  Example: 0.
        after_event_buffer (float | Unset):  Example: 0.
        seats_per_time_slot (EventTypeOutputSeatsPerTimeSlotType0 | None | Unset):
        seats_show_availability_count (bool | None | Unset):
        booking_limits_count (EventTypeOutputBookingLimitsCount | Unset):
        only_show_first_available_slot (bool | Unset):
        booking_limits_duration (EventTypeOutputBookingLimitsDuration | Unset):
        booking_window (list[BusinessDaysWindow | CalendarDaysWindow | RangeWindow] | Unset): Limit how far in the
            future this event can be booked
        booker_layouts (BookerLayouts | Unset):
        confirmation_policy (EventTypeOutputConfirmationPolicy | Unset):
        requires_booker_email_verification (bool | Unset):
        hide_calendar_notes (bool | Unset):
        color (EventTypeColor | Unset):
        seats (Seats | Unset):
        offset_start (float | Unset):
        custom_name (str | Unset):
        destination_calendar (DestinationCalendar20240614 | Unset):
        use_destination_calendar_email (bool | Unset):
        hide_calendar_event_details (bool | Unset):
        hide_organizer_email (bool | Unset): Boolean to Hide organizer's email address from the booking screen, email
            notifications, and calendar events
        cal_video_settings (CalVideoSettings | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "lengthInMinutes",
            "title",
            "slug",
            "description",
            "locations",
            "bookingFields",
            "disableGuests",
            "recurrence",
            "metadata",
            "price",
            "currency",
            "lockTimeZoneToggleOnBookingPage",
            "forwardParamsSuccessRedirect",
            "successRedirectUrl",
            "isInstantEvent",
            "scheduleId",
            "hidden",
            "bookingRequiresAuthentication",
            "ownerId",
            "users",
            "lengthInMinutesOptions",
            "slotInterval",
            "minimumBookingNotice",
            "beforeEventBuffer",
            "afterEventBuffer",
            "seatsPerTimeSlot",
            "seatsShowAvailabilityCount",
            "bookingLimitsCount",
            "onlyShowFirstAvailableSlot",
            "bookingLimitsDuration",
            "bookingWindow",
            "bookerLayouts",
            "confirmationPolicy",
            "requiresBookerEmailVerification",
            "hideCalendarNotes",
            "color",
            "seats",
            "offsetStart",
            "customName",
            "destinationCalendar",
            "useDestinationCalendarEmail",
            "hideCalendarEventDetails",
            "hideOrganizerEmail",
            "calVideoSettings",
        }
    )
    _required = frozenset(
        {
            "id",
            "lengthInMinutes",
            "title",
            "slug",
            "description",
            "locations",
            "bookingFields",
            "disableGuests",
            "recurrence",
            "metadata",
            "price",
            "currency",
            "lockTimeZoneToggleOnBookingPage",
            "forwardParamsSuccessRedirect",
            "successRedirectUrl",
            "isInstantEvent",
            "scheduleId",
            "hidden",
            "bookingRequiresAuthentication",
            "ownerId",
            "users",
        }
    )

    def __init__(
        self,
        *,
        id: int,
        length_in_minutes: float,
        title: str,
        slug: str,
        description: str,
        locations: list[
            OutputAddressLocation
            | OutputIntegrationLocation
            | OutputLinkLocation
            | OutputOrganizersDefaultAppLocation
            | OutputPhoneLocation
            | OutputUnknownLocation
        ],
        booking_fields: list[
            AddressFieldOutput
            | BooleanFieldOutput
            | CheckboxGroupFieldOutput
            | EmailDefaultFieldOutput
            | GuestsDefaultFieldOutput
            | LocationDefaultFieldOutput
            | MultiEmailFieldOutput
            | MultiSelectFieldOutput
            | NameDefaultFieldOutput
            | NotesDefaultFieldOutput
            | NumberFieldOutput
            | PhoneFieldOutput
            | RadioGroupFieldOutput
            | RescheduleReasonDefaultFieldOutput
            | SelectFieldOutput
            | TextAreaFieldOutput
            | TextFieldOutput
            | TitleDefaultFieldOutput
            | UrlFieldOutput
        ],
        disable_guests: bool,
        recurrence: None | Recurrence,
        metadata: EventTypeOutputMetadata,
        price: float,
        currency: str,
        lock_time_zone_toggle_on_booking_page: bool,
        forward_params_success_redirect: EventTypeOutputForwardParamsSuccessRedirectType0 | None,
        success_redirect_url: EventTypeOutputSuccessRedirectUrlType0 | None,
        is_instant_event: bool,
        schedule_id: int | None,
        hidden: bool,
        booking_requires_authentication: bool,
        owner_id: int,
        users: list[str],
        length_in_minutes_options: list[float] | Unset = UNSET,
        slot_interval: int | None | Unset = UNSET,
        minimum_booking_notice: float | Unset = UNSET,
        before_event_buffer: float | Unset = UNSET,
        after_event_buffer: float | Unset = UNSET,
        seats_per_time_slot: EventTypeOutputSeatsPerTimeSlotType0 | None | Unset = UNSET,
        seats_show_availability_count: bool | None | Unset = UNSET,
        booking_limits_count: EventTypeOutputBookingLimitsCount | Unset = UNSET,
        only_show_first_available_slot: bool | Unset = UNSET,
        booking_limits_duration: EventTypeOutputBookingLimitsDuration | Unset = UNSET,
        booking_window: list[BusinessDaysWindow | CalendarDaysWindow | RangeWindow] | Unset = UNSET,
        booker_layouts: BookerLayouts | Unset = UNSET,
        confirmation_policy: EventTypeOutputConfirmationPolicy | Unset = UNSET,
        requires_booker_email_verification: bool | Unset = UNSET,
        hide_calendar_notes: bool | Unset = UNSET,
        color: EventTypeColor | Unset = UNSET,
        seats: Seats | Unset = UNSET,
        offset_start: float | Unset = UNSET,
        custom_name: str | Unset = UNSET,
        destination_calendar: DestinationCalendar20240614 | Unset = UNSET,
        use_destination_calendar_email: bool | Unset = UNSET,
        hide_calendar_event_details: bool | Unset = UNSET,
        hide_organizer_email: bool | Unset = UNSET,
        cal_video_settings: CalVideoSettings | Unset = UNSET,
        **extra: Any,
    ) -> None:
        from ..models.address_field_output import AddressFieldOutput  # noqa: PLC0415
        from ..models.boolean_field_output import BooleanFieldOutput  # noqa: PLC0415
        from ..models.business_days_window import BusinessDaysWindow  # noqa: PLC0415
        from ..models.calendar_days_window import CalendarDaysWindow  # noqa: PLC0415
        from ..models.checkbox_group_field_output import CheckboxGroupFieldOutput  # noqa: PLC0415
        from ..models.email_default_field_output import EmailDefaultFieldOutput  # noqa: PLC0415
        from ..models.event_type_output_forward_params_success_redirect_type_0 import (
            EventTypeOutputForwardParamsSuccessRedirectType0,  # noqa: PLC0415
        )
        from ..models.event_type_output_seats_per_time_slot_type_0 import EventTypeOutputSeatsPerTimeSlotType0  # noqa: PLC0415
        from ..models.event_type_output_success_redirect_url_type_0 import EventTypeOutputSuccessRedirectUrlType0  # noqa: PLC0415
        from ..models.guests_default_field_output import GuestsDefaultFieldOutput  # noqa: PLC0415
        from ..models.location_default_field_output import LocationDefaultFieldOutput  # noqa: PLC0415
        from ..models.multi_email_field_output import MultiEmailFieldOutput  # noqa: PLC0415
        from ..models.multi_select_field_output import MultiSelectFieldOutput  # noqa: PLC0415
        from ..models.name_default_field_output import NameDefaultFieldOutput  # noqa: PLC0415
        from ..models.notes_default_field_output import NotesDefaultFieldOutput  # noqa: PLC0415
        from ..models.number_field_output import NumberFieldOutput  # noqa: PLC0415
        from ..models.output_address_location import OutputAddressLocation  # noqa: PLC0415
        from ..models.output_integration_location import OutputIntegrationLocation  # noqa: PLC0415
        from ..models.output_link_location import OutputLinkLocation  # noqa: PLC0415
        from ..models.output_organizers_default_app_location import OutputOrganizersDefaultAppLocation  # noqa: PLC0415
        from ..models.output_phone_location import OutputPhoneLocation  # noqa: PLC0415
        from ..models.phone_field_output import PhoneFieldOutput  # noqa: PLC0415
        from ..models.radio_group_field_output import RadioGroupFieldOutput  # noqa: PLC0415
        from ..models.recurrence import Recurrence  # noqa: PLC0415
        from ..models.reschedule_reason_default_field_output import RescheduleReasonDefaultFieldOutput  # noqa: PLC0415
        from ..models.select_field_output import SelectFieldOutput  # noqa: PLC0415
        from ..models.text_area_field_output import TextAreaFieldOutput  # noqa: PLC0415
        from ..models.text_field_output import TextFieldOutput  # noqa: PLC0415
        from ..models.title_default_field_output import TitleDefaultFieldOutput  # noqa: PLC0415

        data: dict[str, Any] = {}
        data["id"] = id

        data["lengthInMinutes"] = length_in_minutes

        data["title"] = title

        data["slug"] = slug

        data["description"] = description

        data["locations"] = []
        for locations_item_data in locations:
            locations_item: dict[str, Any]
            if isinstance(locations_item_data, OutputAddressLocation):
                locations_item = as_json(locations_item_data)
            elif isinstance(locations_item_data, OutputLinkLocation):
                locations_item = as_json(locations_item_data)
            elif isinstance(locations_item_data, OutputIntegrationLocation):
                locations_item = as_json(locations_item_data)
            elif isinstance(locations_item_data, OutputPhoneLocation):
                locations_item = as_json(locations_item_data)
            elif isinstance(locations_item_data, OutputOrganizersDefaultAppLocation):
                locations_item = as_json(locations_item_data)
            else:
                locations_item = as_json(locations_item_data)

            data["locations"].append(locations_item)

        data["bookingFields"] = []
        for booking_fields_item_data in booking_fields:
            booking_fields_item: dict[str, Any]
            if isinstance(booking_fields_item_data, NameDefaultFieldOutput):
                booking_fields_item = as_json(booking_fields_item_data)
            elif isinstance(booking_fields_item_data, EmailDefaultFieldOutput):
                booking_fields_item = as_json(booking_fields_item_data)
            elif isinstance(booking_fields_item_data, LocationDefaultFieldOutput):
                booking_fields_item = as_json(booking_fields_item_data)
            elif isinstance(booking_fields_item_data, RescheduleReasonDefaultFieldOutput):
                booking_fields_item = as_json(booking_fields_item_data)
            elif isinstance(booking_fields_item_data, TitleDefaultFieldOutput):
                booking_fields_item = as_json(booking_fields_item_data)
            elif isinstance(booking_fields_item_data, NotesDefaultFieldOutput):
                booking_fields_item = as_json(booking_fields_item_data)
            elif isinstance(booking_fields_item_data, GuestsDefaultFieldOutput):
                booking_fields_item = as_json(booking_fields_item_data)
            elif isinstance(booking_fields_item_data, PhoneFieldOutput):
                booking_fields_item = as_json(booking_fields_item_data)
            elif isinstance(booking_fields_item_data, AddressFieldOutput):
                booking_fields_item = as_json(booking_fields_item_data)
            elif isinstance(booking_fields_item_data, TextFieldOutput):
                booking_fields_item = as_json(booking_fields_item_data)
            elif isinstance(booking_fields_item_data, NumberFieldOutput):
                booking_fields_item = as_json(booking_fields_item_data)
            elif isinstance(booking_fields_item_data, TextAreaFieldOutput):
                booking_fields_item = as_json(booking_fields_item_data)
            elif isinstance(booking_fields_item_data, SelectFieldOutput):
                booking_fields_item = as_json(booking_fields_item_data)
            elif isinstance(booking_fields_item_data, MultiSelectFieldOutput):
                booking_fields_item = as_json(booking_fields_item_data)
            elif isinstance(booking_fields_item_data, MultiEmailFieldOutput):
                booking_fields_item = as_json(booking_fields_item_data)
            elif isinstance(booking_fields_item_data, CheckboxGroupFieldOutput):
                booking_fields_item = as_json(booking_fields_item_data)
            elif isinstance(booking_fields_item_data, RadioGroupFieldOutput):
                booking_fields_item = as_json(booking_fields_item_data)
            elif isinstance(booking_fields_item_data, BooleanFieldOutput):
                booking_fields_item = as_json(booking_fields_item_data)
            else:
                booking_fields_item = as_json(booking_fields_item_data)

            data["bookingFields"].append(booking_fields_item)

        data["disableGuests"] = disable_guests

        if isinstance(recurrence, Recurrence):
            data["recurrence"] = as_json(recurrence)
        else:
            data["recurrence"] = recurrence

        data["metadata"] = as_json(metadata)

        data["price"] = price

        data["currency"] = currency

        data["lockTimeZoneToggleOnBookingPage"] = lock_time_zone_toggle_on_booking_page

        if isinstance(forward_params_success_redirect, EventTypeOutputForwardParamsSuccessRedirectType0):
            data["forwardParamsSuccessRedirect"] = as_json(forward_params_success_redirect)
        else:
            data["forwardParamsSuccessRedirect"] = forward_params_success_redirect

        if isinstance(success_redirect_url, EventTypeOutputSuccessRedirectUrlType0):
            data["successRedirectUrl"] = as_json(success_redirect_url)
        else:
            data["successRedirectUrl"] = success_redirect_url

        data["isInstantEvent"] = is_instant_event

        data["scheduleId"] = schedule_id

        data["hidden"] = hidden

        data["bookingRequiresAuthentication"] = booking_requires_authentication

        data["ownerId"] = owner_id

        data["users"] = users

        _length_in_minutes_options = UNSET
        if not isinstance(length_in_minutes_options, Unset):
            _length_in_minutes_options = length_in_minutes_options

        if not isinstance(_length_in_minutes_options, Unset):
            data["lengthInMinutesOptions"] = _length_in_minutes_options

        if isinstance(slot_interval, Unset):
            _slot_interval = UNSET
        else:
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

        if isinstance(seats_per_time_slot, Unset):
            _seats_per_time_slot = UNSET
        elif isinstance(seats_per_time_slot, EventTypeOutputSeatsPerTimeSlotType0):
            _seats_per_time_slot = as_json(seats_per_time_slot)
        else:
            _seats_per_time_slot = seats_per_time_slot

        if not isinstance(_seats_per_time_slot, Unset):
            data["seatsPerTimeSlot"] = _seats_per_time_slot

        if isinstance(seats_show_availability_count, Unset):
            _seats_show_availability_count = UNSET
        else:
            _seats_show_availability_count = seats_show_availability_count

        if not isinstance(_seats_show_availability_count, Unset):
            data["seatsShowAvailabilityCount"] = _seats_show_availability_count
        _booking_limits_count = UNSET
        if not isinstance(booking_limits_count, Unset):
            _booking_limits_count = as_json(booking_limits_count)

        if not isinstance(_booking_limits_count, Unset):
            data["bookingLimitsCount"] = _booking_limits_count
        _only_show_first_available_slot = only_show_first_available_slot

        if not isinstance(_only_show_first_available_slot, Unset):
            data["onlyShowFirstAvailableSlot"] = _only_show_first_available_slot
        _booking_limits_duration = UNSET
        if not isinstance(booking_limits_duration, Unset):
            _booking_limits_duration = as_json(booking_limits_duration)

        if not isinstance(_booking_limits_duration, Unset):
            data["bookingLimitsDuration"] = _booking_limits_duration
        _booking_window = UNSET
        if not isinstance(booking_window, Unset):
            _booking_window = []
            for booking_window_item_data in booking_window:
                booking_window_item: dict[str, Any]
                if isinstance(booking_window_item_data, BusinessDaysWindow):
                    booking_window_item = as_json(booking_window_item_data)
                elif isinstance(booking_window_item_data, CalendarDaysWindow):
                    booking_window_item = as_json(booking_window_item_data)
                else:
                    booking_window_item = as_json(booking_window_item_data)

                _booking_window.append(booking_window_item)

        if not isinstance(_booking_window, Unset):
            data["bookingWindow"] = _booking_window
        _booker_layouts = UNSET
        if not isinstance(booker_layouts, Unset):
            _booker_layouts = as_json(booker_layouts)

        if not isinstance(_booker_layouts, Unset):
            data["bookerLayouts"] = _booker_layouts
        _confirmation_policy = UNSET
        if not isinstance(confirmation_policy, Unset):
            _confirmation_policy = as_json(confirmation_policy)

        if not isinstance(_confirmation_policy, Unset):
            data["confirmationPolicy"] = _confirmation_policy
        _requires_booker_email_verification = requires_booker_email_verification

        if not isinstance(_requires_booker_email_verification, Unset):
            data["requiresBookerEmailVerification"] = _requires_booker_email_verification
        _hide_calendar_notes = hide_calendar_notes

        if not isinstance(_hide_calendar_notes, Unset):
            data["hideCalendarNotes"] = _hide_calendar_notes
        _color = UNSET
        if not isinstance(color, Unset):
            _color = as_json(color)

        if not isinstance(_color, Unset):
            data["color"] = _color
        _seats = UNSET
        if not isinstance(seats, Unset):
            _seats = as_json(seats)

        if not isinstance(_seats, Unset):
            data["seats"] = _seats
        _offset_start = offset_start

        if not isinstance(_offset_start, Unset):
            data["offsetStart"] = _offset_start
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
        _hide_organizer_email = hide_organizer_email

        if not isinstance(_hide_organizer_email, Unset):
            data["hideOrganizerEmail"] = _hide_organizer_email
        _cal_video_settings = UNSET
        if not isinstance(cal_video_settings, Unset):
            _cal_video_settings = as_json(cal_video_settings)

        if not isinstance(_cal_video_settings, Unset):
            data["calVideoSettings"] = _cal_video_settings
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> int:
        return cast(int, self._req("id"))

    @property
    def length_in_minutes(self) -> float:
        return cast(float, self._req("lengthInMinutes"))

    @property
    def title(self) -> str:
        return cast(str, self._req("title"))

    @property
    def slug(self) -> str:
        return cast(str, self._req("slug"))

    @property
    def description(self) -> str:
        return cast(str, self._req("description"))

    @property
    def locations(
        self,
    ) -> list[
        OutputAddressLocation
        | OutputIntegrationLocation
        | OutputLinkLocation
        | OutputOrganizersDefaultAppLocation
        | OutputPhoneLocation
        | OutputUnknownLocation
    ]:
        from ..models.output_address_location import OutputAddressLocation  # noqa: PLC0415
        from ..models.output_integration_location import OutputIntegrationLocation  # noqa: PLC0415
        from ..models.output_link_location import OutputLinkLocation  # noqa: PLC0415
        from ..models.output_organizers_default_app_location import OutputOrganizersDefaultAppLocation  # noqa: PLC0415
        from ..models.output_phone_location import OutputPhoneLocation  # noqa: PLC0415
        from ..models.output_unknown_location import OutputUnknownLocation  # noqa: PLC0415

        locations = []
        _locations = self._req("locations")
        for locations_item_data in _locations:

            def _parse_locations_item(
                data: object,
            ) -> (
                OutputAddressLocation
                | OutputIntegrationLocation
                | OutputLinkLocation
                | OutputOrganizersDefaultAppLocation
                | OutputPhoneLocation
                | OutputUnknownLocation
            ):
                try:
                    if not OutputAddressLocation._matches(data):
                        raise TypeError()
                    locations_item_type_0 = OutputAddressLocation.from_dict(data)

                    return locations_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not OutputLinkLocation._matches(data):
                        raise TypeError()
                    locations_item_type_1 = OutputLinkLocation.from_dict(data)

                    return locations_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not OutputPhoneLocation._matches(data):
                        raise TypeError()
                    locations_item_type_3 = OutputPhoneLocation.from_dict(data)

                    return locations_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not OutputIntegrationLocation._matches(data):
                        raise TypeError()
                    locations_item_type_2 = OutputIntegrationLocation.from_dict(data)

                    return locations_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not OutputUnknownLocation._matches(data):
                        raise TypeError()
                    locations_item_type_5 = OutputUnknownLocation.from_dict(data)

                    return locations_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not OutputOrganizersDefaultAppLocation._matches(data):
                        raise TypeError()
                    locations_item_type_4 = OutputOrganizersDefaultAppLocation.from_dict(data)

                    return locations_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    OutputAddressLocation
                    | OutputIntegrationLocation
                    | OutputLinkLocation
                    | OutputOrganizersDefaultAppLocation
                    | OutputPhoneLocation
                    | OutputUnknownLocation,
                    data,
                )

            locations_item = _parse_locations_item(locations_item_data)

            locations.append(locations_item)

        return locations

    @property
    def booking_fields(
        self,
    ) -> list[
        AddressFieldOutput
        | BooleanFieldOutput
        | CheckboxGroupFieldOutput
        | EmailDefaultFieldOutput
        | GuestsDefaultFieldOutput
        | LocationDefaultFieldOutput
        | MultiEmailFieldOutput
        | MultiSelectFieldOutput
        | NameDefaultFieldOutput
        | NotesDefaultFieldOutput
        | NumberFieldOutput
        | PhoneFieldOutput
        | RadioGroupFieldOutput
        | RescheduleReasonDefaultFieldOutput
        | SelectFieldOutput
        | TextAreaFieldOutput
        | TextFieldOutput
        | TitleDefaultFieldOutput
        | UrlFieldOutput
    ]:
        from ..models.address_field_output import AddressFieldOutput  # noqa: PLC0415
        from ..models.boolean_field_output import BooleanFieldOutput  # noqa: PLC0415
        from ..models.checkbox_group_field_output import CheckboxGroupFieldOutput  # noqa: PLC0415
        from ..models.email_default_field_output import EmailDefaultFieldOutput  # noqa: PLC0415
        from ..models.guests_default_field_output import GuestsDefaultFieldOutput  # noqa: PLC0415
        from ..models.location_default_field_output import LocationDefaultFieldOutput  # noqa: PLC0415
        from ..models.multi_email_field_output import MultiEmailFieldOutput  # noqa: PLC0415
        from ..models.multi_select_field_output import MultiSelectFieldOutput  # noqa: PLC0415
        from ..models.name_default_field_output import NameDefaultFieldOutput  # noqa: PLC0415
        from ..models.notes_default_field_output import NotesDefaultFieldOutput  # noqa: PLC0415
        from ..models.number_field_output import NumberFieldOutput  # noqa: PLC0415
        from ..models.phone_field_output import PhoneFieldOutput  # noqa: PLC0415
        from ..models.radio_group_field_output import RadioGroupFieldOutput  # noqa: PLC0415
        from ..models.reschedule_reason_default_field_output import RescheduleReasonDefaultFieldOutput  # noqa: PLC0415
        from ..models.select_field_output import SelectFieldOutput  # noqa: PLC0415
        from ..models.text_area_field_output import TextAreaFieldOutput  # noqa: PLC0415
        from ..models.text_field_output import TextFieldOutput  # noqa: PLC0415
        from ..models.title_default_field_output import TitleDefaultFieldOutput  # noqa: PLC0415
        from ..models.url_field_output import UrlFieldOutput  # noqa: PLC0415

        booking_fields = []
        _booking_fields = self._req("bookingFields")
        for booking_fields_item_data in _booking_fields:

            def _parse_booking_fields_item(
                data: object,
            ) -> (
                AddressFieldOutput
                | BooleanFieldOutput
                | CheckboxGroupFieldOutput
                | EmailDefaultFieldOutput
                | GuestsDefaultFieldOutput
                | LocationDefaultFieldOutput
                | MultiEmailFieldOutput
                | MultiSelectFieldOutput
                | NameDefaultFieldOutput
                | NotesDefaultFieldOutput
                | NumberFieldOutput
                | PhoneFieldOutput
                | RadioGroupFieldOutput
                | RescheduleReasonDefaultFieldOutput
                | SelectFieldOutput
                | TextAreaFieldOutput
                | TextFieldOutput
                | TitleDefaultFieldOutput
                | UrlFieldOutput
            ):
                try:
                    if not SelectFieldOutput._matches(data):
                        raise TypeError()
                    booking_fields_item_type_12 = SelectFieldOutput.from_dict(data)

                    return booking_fields_item_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not PhoneFieldOutput._matches(data):
                        raise TypeError()
                    booking_fields_item_type_7 = PhoneFieldOutput.from_dict(data)

                    return booking_fields_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not AddressFieldOutput._matches(data):
                        raise TypeError()
                    booking_fields_item_type_8 = AddressFieldOutput.from_dict(data)

                    return booking_fields_item_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not TextFieldOutput._matches(data):
                        raise TypeError()
                    booking_fields_item_type_9 = TextFieldOutput.from_dict(data)

                    return booking_fields_item_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not NumberFieldOutput._matches(data):
                        raise TypeError()
                    booking_fields_item_type_10 = NumberFieldOutput.from_dict(data)

                    return booking_fields_item_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not TextAreaFieldOutput._matches(data):
                        raise TypeError()
                    booking_fields_item_type_11 = TextAreaFieldOutput.from_dict(data)

                    return booking_fields_item_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not MultiSelectFieldOutput._matches(data):
                        raise TypeError()
                    booking_fields_item_type_13 = MultiSelectFieldOutput.from_dict(data)

                    return booking_fields_item_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not MultiEmailFieldOutput._matches(data):
                        raise TypeError()
                    booking_fields_item_type_14 = MultiEmailFieldOutput.from_dict(data)

                    return booking_fields_item_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not CheckboxGroupFieldOutput._matches(data):
                        raise TypeError()
                    booking_fields_item_type_15 = CheckboxGroupFieldOutput.from_dict(data)

                    return booking_fields_item_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not RadioGroupFieldOutput._matches(data):
                        raise TypeError()
                    booking_fields_item_type_16 = RadioGroupFieldOutput.from_dict(data)

                    return booking_fields_item_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not UrlFieldOutput._matches(data):
                        raise TypeError()
                    booking_fields_item_type_18 = UrlFieldOutput.from_dict(data)

                    return booking_fields_item_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not NameDefaultFieldOutput._matches(data):
                        raise TypeError()
                    booking_fields_item_type_0 = NameDefaultFieldOutput.from_dict(data)

                    return booking_fields_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not LocationDefaultFieldOutput._matches(data):
                        raise TypeError()
                    booking_fields_item_type_2 = LocationDefaultFieldOutput.from_dict(data)

                    return booking_fields_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not BooleanFieldOutput._matches(data):
                        raise TypeError()
                    booking_fields_item_type_17 = BooleanFieldOutput.from_dict(data)

                    return booking_fields_item_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not EmailDefaultFieldOutput._matches(data):
                        raise TypeError()
                    booking_fields_item_type_1 = EmailDefaultFieldOutput.from_dict(data)

                    return booking_fields_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not RescheduleReasonDefaultFieldOutput._matches(data):
                        raise TypeError()
                    booking_fields_item_type_3 = RescheduleReasonDefaultFieldOutput.from_dict(data)

                    return booking_fields_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not TitleDefaultFieldOutput._matches(data):
                        raise TypeError()
                    booking_fields_item_type_4 = TitleDefaultFieldOutput.from_dict(data)

                    return booking_fields_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not NotesDefaultFieldOutput._matches(data):
                        raise TypeError()
                    booking_fields_item_type_5 = NotesDefaultFieldOutput.from_dict(data)

                    return booking_fields_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not GuestsDefaultFieldOutput._matches(data):
                        raise TypeError()
                    booking_fields_item_type_6 = GuestsDefaultFieldOutput.from_dict(data)

                    return booking_fields_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    AddressFieldOutput
                    | BooleanFieldOutput
                    | CheckboxGroupFieldOutput
                    | EmailDefaultFieldOutput
                    | GuestsDefaultFieldOutput
                    | LocationDefaultFieldOutput
                    | MultiEmailFieldOutput
                    | MultiSelectFieldOutput
                    | NameDefaultFieldOutput
                    | NotesDefaultFieldOutput
                    | NumberFieldOutput
                    | PhoneFieldOutput
                    | RadioGroupFieldOutput
                    | RescheduleReasonDefaultFieldOutput
                    | SelectFieldOutput
                    | TextAreaFieldOutput
                    | TextFieldOutput
                    | TitleDefaultFieldOutput
                    | UrlFieldOutput,
                    data,
                )

            booking_fields_item = _parse_booking_fields_item(booking_fields_item_data)

            booking_fields.append(booking_fields_item)

        return booking_fields

    @property
    def disable_guests(self) -> bool:
        return cast(bool, self._req("disableGuests"))

    @property
    def recurrence(self) -> None | Recurrence:
        from ..models.recurrence import Recurrence  # noqa: PLC0415

        def _parse_recurrence(data: object) -> None | Recurrence:
            if data is None:
                return data
            try:
                if not Recurrence._matches(data):
                    raise TypeError()
                recurrence_type_1 = Recurrence.from_dict(data)

                return recurrence_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Recurrence, data)

        recurrence = _parse_recurrence(self._req("recurrence"))

        return recurrence

    @property
    def metadata(self) -> EventTypeOutputMetadata:
        from ..models.event_type_output_metadata import EventTypeOutputMetadata  # noqa: PLC0415

        metadata = EventTypeOutputMetadata.from_dict(self._req("metadata"))

        return metadata

    @property
    def price(self) -> float:
        return cast(float, self._req("price"))

    @property
    def currency(self) -> str:
        return cast(str, self._req("currency"))

    @property
    def lock_time_zone_toggle_on_booking_page(self) -> bool:
        return cast(bool, self._req("lockTimeZoneToggleOnBookingPage"))

    @property
    def forward_params_success_redirect(self) -> EventTypeOutputForwardParamsSuccessRedirectType0 | None:
        from ..models.event_type_output_forward_params_success_redirect_type_0 import (
            EventTypeOutputForwardParamsSuccessRedirectType0,  # noqa: PLC0415
        )

        def _parse_forward_params_success_redirect(
            data: object,
        ) -> EventTypeOutputForwardParamsSuccessRedirectType0 | None:
            if data is None:
                return data
            try:
                if not EventTypeOutputForwardParamsSuccessRedirectType0._matches(data):
                    raise TypeError()
                forward_params_success_redirect_type_0 = EventTypeOutputForwardParamsSuccessRedirectType0.from_dict(
                    data
                )

                return forward_params_success_redirect_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventTypeOutputForwardParamsSuccessRedirectType0 | None, data)

        forward_params_success_redirect = _parse_forward_params_success_redirect(
            self._req("forwardParamsSuccessRedirect")
        )

        return forward_params_success_redirect

    @property
    def success_redirect_url(self) -> EventTypeOutputSuccessRedirectUrlType0 | None:
        from ..models.event_type_output_success_redirect_url_type_0 import EventTypeOutputSuccessRedirectUrlType0  # noqa: PLC0415

        def _parse_success_redirect_url(data: object) -> EventTypeOutputSuccessRedirectUrlType0 | None:
            if data is None:
                return data
            try:
                if not EventTypeOutputSuccessRedirectUrlType0._matches(data):
                    raise TypeError()
                success_redirect_url_type_0 = EventTypeOutputSuccessRedirectUrlType0.from_dict(data)

                return success_redirect_url_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventTypeOutputSuccessRedirectUrlType0 | None, data)

        success_redirect_url = _parse_success_redirect_url(self._req("successRedirectUrl"))

        return success_redirect_url

    @property
    def is_instant_event(self) -> bool:
        return cast(bool, self._req("isInstantEvent"))

    @property
    def schedule_id(self) -> int | None:
        def _parse_schedule_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        schedule_id = _parse_schedule_id(self._req("scheduleId"))

        return schedule_id

    @property
    def hidden(self) -> bool:
        return cast(bool, self._req("hidden"))

    @property
    def booking_requires_authentication(self) -> bool:
        """Boolean to require authentication for booking this event type via api. If true, only authenticated
        users who are the event-type owner or org/team admin/owner can book this event type."""
        return cast(bool, self._req("bookingRequiresAuthentication"))

    @property
    def owner_id(self) -> int:
        return cast(int, self._req("ownerId"))

    @property
    def users(self) -> list[str]:
        users = cast(list[str], self._req("users"))

        return users

    @property
    def length_in_minutes_options(self) -> list[float] | Unset:
        """If you want that user can choose between different lengths of the event you can specify them here.
        Must include the provided `lengthInMinutes`."""
        length_in_minutes_options = cast(list[float], self._data.get("lengthInMinutesOptions", UNSET))

        return length_in_minutes_options

    @property
    def slot_interval(self) -> int | None | Unset:
        def _parse_slot_interval(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        slot_interval = _parse_slot_interval(self._data.get("slotInterval", UNSET))

        return slot_interval

    @property
    def minimum_booking_notice(self) -> float | Unset:
        return cast(float | Unset, self._data.get("minimumBookingNotice", UNSET))

    @property
    def before_event_buffer(self) -> float | Unset:
        return cast(float | Unset, self._data.get("beforeEventBuffer", UNSET))

    @property
    def after_event_buffer(self) -> float | Unset:
        return cast(float | Unset, self._data.get("afterEventBuffer", UNSET))

    @property
    def seats_per_time_slot(self) -> EventTypeOutputSeatsPerTimeSlotType0 | None | Unset:
        from ..models.event_type_output_seats_per_time_slot_type_0 import EventTypeOutputSeatsPerTimeSlotType0  # noqa: PLC0415

        def _parse_seats_per_time_slot(data: object) -> EventTypeOutputSeatsPerTimeSlotType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not EventTypeOutputSeatsPerTimeSlotType0._matches(data):
                    raise TypeError()
                seats_per_time_slot_type_0 = EventTypeOutputSeatsPerTimeSlotType0.from_dict(data)

                return seats_per_time_slot_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventTypeOutputSeatsPerTimeSlotType0 | None | Unset, data)

        seats_per_time_slot = _parse_seats_per_time_slot(self._data.get("seatsPerTimeSlot", UNSET))

        return seats_per_time_slot

    @property
    def seats_show_availability_count(self) -> bool | None | Unset:
        def _parse_seats_show_availability_count(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        seats_show_availability_count = _parse_seats_show_availability_count(
            self._data.get("seatsShowAvailabilityCount", UNSET)
        )

        return seats_show_availability_count

    @property
    def booking_limits_count(self) -> EventTypeOutputBookingLimitsCount | Unset:
        from ..models.event_type_output_booking_limits_count import EventTypeOutputBookingLimitsCount  # noqa: PLC0415

        _booking_limits_count = self._data.get("bookingLimitsCount", UNSET)
        booking_limits_count: EventTypeOutputBookingLimitsCount | Unset
        if isinstance(_booking_limits_count, Unset):
            booking_limits_count = UNSET
        else:
            booking_limits_count = EventTypeOutputBookingLimitsCount.from_dict(_booking_limits_count)

        return booking_limits_count

    @property
    def only_show_first_available_slot(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("onlyShowFirstAvailableSlot", UNSET))

    @property
    def booking_limits_duration(self) -> EventTypeOutputBookingLimitsDuration | Unset:
        from ..models.event_type_output_booking_limits_duration import EventTypeOutputBookingLimitsDuration  # noqa: PLC0415

        _booking_limits_duration = self._data.get("bookingLimitsDuration", UNSET)
        booking_limits_duration: EventTypeOutputBookingLimitsDuration | Unset
        if isinstance(_booking_limits_duration, Unset):
            booking_limits_duration = UNSET
        else:
            booking_limits_duration = EventTypeOutputBookingLimitsDuration.from_dict(_booking_limits_duration)

        return booking_limits_duration

    @property
    def booking_window(self) -> list[BusinessDaysWindow | CalendarDaysWindow | RangeWindow] | Unset:
        """Limit how far in the future this event can be booked"""
        from ..models.business_days_window import BusinessDaysWindow  # noqa: PLC0415
        from ..models.calendar_days_window import CalendarDaysWindow  # noqa: PLC0415
        from ..models.range_window import RangeWindow  # noqa: PLC0415

        _booking_window = self._data.get("bookingWindow", UNSET)
        booking_window: list[BusinessDaysWindow | CalendarDaysWindow | RangeWindow] | Unset = UNSET
        if _booking_window is not UNSET:
            booking_window = []
            for booking_window_item_data in _booking_window:

                def _parse_booking_window_item(data: object) -> BusinessDaysWindow | CalendarDaysWindow | RangeWindow:
                    try:
                        if not BusinessDaysWindow._matches(data):
                            raise TypeError()
                        booking_window_item_type_0 = BusinessDaysWindow.from_dict(data)

                        return booking_window_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not CalendarDaysWindow._matches(data):
                            raise TypeError()
                        booking_window_item_type_1 = CalendarDaysWindow.from_dict(data)

                        return booking_window_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not RangeWindow._matches(data):
                            raise TypeError()
                        booking_window_item_type_2 = RangeWindow.from_dict(data)

                        return booking_window_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(BusinessDaysWindow | CalendarDaysWindow | RangeWindow, data)

                booking_window_item = _parse_booking_window_item(booking_window_item_data)

                booking_window.append(booking_window_item)

        return booking_window

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
    def confirmation_policy(self) -> EventTypeOutputConfirmationPolicy | Unset:
        from ..models.event_type_output_confirmation_policy import EventTypeOutputConfirmationPolicy  # noqa: PLC0415

        _confirmation_policy = self._data.get("confirmationPolicy", UNSET)
        confirmation_policy: EventTypeOutputConfirmationPolicy | Unset
        if isinstance(_confirmation_policy, Unset):
            confirmation_policy = UNSET
        else:
            confirmation_policy = EventTypeOutputConfirmationPolicy.from_dict(_confirmation_policy)

        return confirmation_policy

    @property
    def requires_booker_email_verification(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("requiresBookerEmailVerification", UNSET))

    @property
    def hide_calendar_notes(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("hideCalendarNotes", UNSET))

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
    def seats(self) -> Seats | Unset:
        from ..models.seats import Seats  # noqa: PLC0415

        _seats = self._data.get("seats", UNSET)
        seats: Seats | Unset
        if isinstance(_seats, Unset):
            seats = UNSET
        else:
            seats = Seats.from_dict(_seats)

        return seats

    @property
    def offset_start(self) -> float | Unset:
        return cast(float | Unset, self._data.get("offsetStart", UNSET))

    @property
    def custom_name(self) -> str | Unset:
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
