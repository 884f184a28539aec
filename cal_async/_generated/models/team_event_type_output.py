# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from cal_async._fields import (
    BOOL,
    FLOAT,
    INT,
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

from .team_event_type_output_scheduling_type import TeamEventTypeOutputSchedulingType

if TYPE_CHECKING:
    from .address_field_output import AddressFieldOutput, AddressFieldOutputDict
    from .booker_layouts import BookerLayouts, BookerLayoutsDict
    from .boolean_field_output import BooleanFieldOutput, BooleanFieldOutputDict
    from .business_days_window import BusinessDaysWindow, BusinessDaysWindowDict
    from .cal_video_settings import CalVideoSettings, CalVideoSettingsDict
    from .calendar_days_window import CalendarDaysWindow, CalendarDaysWindowDict
    from .checkbox_group_field_output import CheckboxGroupFieldOutput, CheckboxGroupFieldOutputDict
    from .destination_calendar import DestinationCalendar, DestinationCalendarDict
    from .disabled import Disabled, DisabledDict
    from .email_default_field_output import EmailDefaultFieldOutput, EmailDefaultFieldOutputDict
    from .event_type_color import EventTypeColor, EventTypeColorDict
    from .event_type_team import EventTypeTeam, EventTypeTeamDict
    from .guests_default_field_output import GuestsDefaultFieldOutput, GuestsDefaultFieldOutputDict
    from .location_default_field_output import LocationDefaultFieldOutput, LocationDefaultFieldOutputDict
    from .multi_email_field_output import MultiEmailFieldOutput, MultiEmailFieldOutputDict
    from .multi_select_field_output import MultiSelectFieldOutput, MultiSelectFieldOutputDict
    from .name_default_field_output import NameDefaultFieldOutput, NameDefaultFieldOutputDict
    from .notes_default_field_output import NotesDefaultFieldOutput, NotesDefaultFieldOutputDict
    from .number_field_output import NumberFieldOutput, NumberFieldOutputDict
    from .output_address_location import OutputAddressLocation, OutputAddressLocationDict
    from .output_integration_location import OutputIntegrationLocation, OutputIntegrationLocationDict
    from .output_link_location import OutputLinkLocation, OutputLinkLocationDict
    from .output_organizers_default_app_location import (
        OutputOrganizersDefaultAppLocation,
        OutputOrganizersDefaultAppLocationDict,
    )
    from .output_phone_location import OutputPhoneLocation, OutputPhoneLocationDict
    from .output_unknown_location import OutputUnknownLocation, OutputUnknownLocationDict
    from .phone_field_output import PhoneFieldOutput, PhoneFieldOutputDict
    from .radio_group_field_output import RadioGroupFieldOutput, RadioGroupFieldOutputDict
    from .range_window import RangeWindow, RangeWindowDict
    from .recurrence import Recurrence, RecurrenceDict
    from .reschedule_reason_default_field_output import (
        RescheduleReasonDefaultFieldOutput,
        RescheduleReasonDefaultFieldOutputDict,
    )
    from .seats import Seats, SeatsDict
    from .select_field_output import SelectFieldOutput, SelectFieldOutputDict
    from .team_event_type_output_booking_limits_count import TeamEventTypeOutputBookingLimitsCount
    from .team_event_type_output_booking_limits_duration import TeamEventTypeOutputBookingLimitsDuration
    from .team_event_type_output_confirmation_policy import TeamEventTypeOutputConfirmationPolicy
    from .team_event_type_output_forward_params_success_redirect_type_0 import (
        TeamEventTypeOutputForwardParamsSuccessRedirectType0,
    )
    from .team_event_type_output_metadata import TeamEventTypeOutputMetadata
    from .team_event_type_output_owner_id_type_0 import TeamEventTypeOutputOwnerIdType0
    from .team_event_type_output_parent_event_type_id_type_0 import TeamEventTypeOutputParentEventTypeIdType0
    from .team_event_type_output_seats_per_time_slot_type_0 import TeamEventTypeOutputSeatsPerTimeSlotType0
    from .team_event_type_output_success_redirect_url_type_0 import TeamEventTypeOutputSuccessRedirectUrlType0
    from .team_event_type_response_host import TeamEventTypeResponseHost
    from .text_area_field_output import TextAreaFieldOutput, TextAreaFieldOutputDict
    from .text_field_output import TextFieldOutput, TextFieldOutputDict
    from .title_default_field_output import TitleDefaultFieldOutput, TitleDefaultFieldOutputDict
    from .url_field_output import UrlFieldOutput, UrlFieldOutputDict

    pass


class TeamEventTypeOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int = field("id", INT, required=True)
    length_in_minutes: int = field("lengthInMinutes", INT, required=True)
    title: str = field("title", STR, required=True)
    slug: str = field("slug", STR, required=True)
    description: str = field("description", STR, required=True)
    locations: list[
        OutputAddressLocation
        | OutputLinkLocation
        | OutputIntegrationLocation
        | OutputPhoneLocation
        | OutputOrganizersDefaultAppLocation
        | OutputUnknownLocation
    ] = field(
        "locations",
        list_of(
            one_of(
                model("output_address_location", "OutputAddressLocation"),
                model("output_link_location", "OutputLinkLocation"),
                model("output_integration_location", "OutputIntegrationLocation"),
                model("output_phone_location", "OutputPhoneLocation"),
                model("output_organizers_default_app_location", "OutputOrganizersDefaultAppLocation"),
                model("output_unknown_location", "OutputUnknownLocation"),
            )
        ),
        required=True,
    )
    booking_fields: list[
        NameDefaultFieldOutput
        | EmailDefaultFieldOutput
        | LocationDefaultFieldOutput
        | RescheduleReasonDefaultFieldOutput
        | TitleDefaultFieldOutput
        | NotesDefaultFieldOutput
        | GuestsDefaultFieldOutput
        | PhoneFieldOutput
        | AddressFieldOutput
        | TextFieldOutput
        | NumberFieldOutput
        | TextAreaFieldOutput
        | SelectFieldOutput
        | MultiSelectFieldOutput
        | MultiEmailFieldOutput
        | CheckboxGroupFieldOutput
        | RadioGroupFieldOutput
        | BooleanFieldOutput
        | UrlFieldOutput
    ] = field(
        "bookingFields",
        list_of(
            one_of(
                model("name_default_field_output", "NameDefaultFieldOutput"),
                model("email_default_field_output", "EmailDefaultFieldOutput"),
                model("location_default_field_output", "LocationDefaultFieldOutput"),
                model("reschedule_reason_default_field_output", "RescheduleReasonDefaultFieldOutput"),
                model("title_default_field_output", "TitleDefaultFieldOutput"),
                model("notes_default_field_output", "NotesDefaultFieldOutput"),
                model("guests_default_field_output", "GuestsDefaultFieldOutput"),
                model("phone_field_output", "PhoneFieldOutput"),
                model("address_field_output", "AddressFieldOutput"),
                model("text_field_output", "TextFieldOutput"),
                model("number_field_output", "NumberFieldOutput"),
                model("text_area_field_output", "TextAreaFieldOutput"),
                model("select_field_output", "SelectFieldOutput"),
                model("multi_select_field_output", "MultiSelectFieldOutput"),
                model("multi_email_field_output", "MultiEmailFieldOutput"),
                model("checkbox_group_field_output", "CheckboxGroupFieldOutput"),
                model("radio_group_field_output", "RadioGroupFieldOutput"),
                model("boolean_field_output", "BooleanFieldOutput"),
                model("url_field_output", "UrlFieldOutput"),
            )
        ),
        required=True,
    )
    disable_guests: bool = field("disableGuests", BOOL, required=True)
    recurrence: Recurrence | None = field("recurrence", nullable(model("recurrence", "Recurrence")), required=True)
    metadata: TeamEventTypeOutputMetadata = field(
        "metadata", model("team_event_type_output_metadata", "TeamEventTypeOutputMetadata"), required=True
    )
    price: float = field("price", FLOAT, required=True)
    currency: str = field("currency", STR, required=True)
    lock_time_zone_toggle_on_booking_page: bool = field("lockTimeZoneToggleOnBookingPage", BOOL, required=True)
    forward_params_success_redirect: TeamEventTypeOutputForwardParamsSuccessRedirectType0 | None = field(
        "forwardParamsSuccessRedirect",
        nullable(
            model(
                "team_event_type_output_forward_params_success_redirect_type_0",
                "TeamEventTypeOutputForwardParamsSuccessRedirectType0",
            )
        ),
        required=True,
    )
    success_redirect_url: TeamEventTypeOutputSuccessRedirectUrlType0 | None = field(
        "successRedirectUrl",
        nullable(
            model("team_event_type_output_success_redirect_url_type_0", "TeamEventTypeOutputSuccessRedirectUrlType0")
        ),
        required=True,
    )
    is_instant_event: bool = field("isInstantEvent", BOOL, required=True)
    schedule_id: int | None = field("scheduleId", nullable(INT), required=True)
    hidden: bool = field("hidden", BOOL, required=True)
    booking_requires_authentication: bool = field("bookingRequiresAuthentication", BOOL, required=True)
    """ Boolean to require authentication for booking this event type via api. If true, only authenticated
    users who are the event-type owner or org/team admin/owner can book this event type. """
    team_id: int = field("teamId", INT, required=True)
    hosts: list[TeamEventTypeResponseHost] = field(
        "hosts", list_of(model("team_event_type_response_host", "TeamEventTypeResponseHost")), required=True
    )
    scheduling_type: TeamEventTypeOutputSchedulingType = field(
        "schedulingType", enum_of(TeamEventTypeOutputSchedulingType), required=True
    )
    team: EventTypeTeam = field("team", model("event_type_team", "EventTypeTeam"), required=True)
    length_in_minutes_options: list[float] | Unset = field("lengthInMinutesOptions", list_of(FLOAT), required=False)
    """ If you want that user can choose between different lengths of the event you can specify them here.
    Must include the provided `lengthInMinutes`. """
    slot_interval: int | None | Unset = field("slotInterval", nullable(INT), required=False)
    minimum_booking_notice: float | Unset = field("minimumBookingNotice", FLOAT, required=False)
    before_event_buffer: float | Unset = field("beforeEventBuffer", FLOAT, required=False)
    after_event_buffer: float | Unset = field("afterEventBuffer", FLOAT, required=False)
    seats_per_time_slot: TeamEventTypeOutputSeatsPerTimeSlotType0 | None | Unset = field(
        "seatsPerTimeSlot",
        nullable(
            model("team_event_type_output_seats_per_time_slot_type_0", "TeamEventTypeOutputSeatsPerTimeSlotType0")
        ),
        required=False,
    )
    seats_show_availability_count: bool | None | Unset = field(
        "seatsShowAvailabilityCount", nullable(BOOL), required=False
    )
    booking_limits_count: TeamEventTypeOutputBookingLimitsCount | Unset = field(
        "bookingLimitsCount",
        model("team_event_type_output_booking_limits_count", "TeamEventTypeOutputBookingLimitsCount"),
        required=False,
    )
    only_show_first_available_slot: bool | Unset = field("onlyShowFirstAvailableSlot", BOOL, required=False)
    booking_limits_duration: TeamEventTypeOutputBookingLimitsDuration | Unset = field(
        "bookingLimitsDuration",
        model("team_event_type_output_booking_limits_duration", "TeamEventTypeOutputBookingLimitsDuration"),
        required=False,
    )
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
    booker_layouts: BookerLayouts | Unset = field(
        "bookerLayouts", model("booker_layouts", "BookerLayouts"), required=False
    )
    confirmation_policy: TeamEventTypeOutputConfirmationPolicy | Unset = field(
        "confirmationPolicy",
        model("team_event_type_output_confirmation_policy", "TeamEventTypeOutputConfirmationPolicy"),
        required=False,
    )
    requires_booker_email_verification: bool | Unset = field("requiresBookerEmailVerification", BOOL, required=False)
    hide_calendar_notes: bool | Unset = field("hideCalendarNotes", BOOL, required=False)
    color: EventTypeColor | Unset = field("color", model("event_type_color", "EventTypeColor"), required=False)
    seats: Seats | Unset = field("seats", model("seats", "Seats"), required=False)
    offset_start: float | Unset = field("offsetStart", FLOAT, required=False)
    custom_name: str | Unset = field("customName", STR, required=False)
    destination_calendar: DestinationCalendar | Unset = field(
        "destinationCalendar", model("destination_calendar", "DestinationCalendar"), required=False
    )
    use_destination_calendar_email: bool | Unset = field("useDestinationCalendarEmail", BOOL, required=False)
    hide_calendar_event_details: bool | Unset = field("hideCalendarEventDetails", BOOL, required=False)
    hide_organizer_email: bool | Unset = field("hideOrganizerEmail", BOOL, required=False)
    """ Boolean to Hide organizer's email address from the booking screen, email notifications, and calendar
    events """
    cal_video_settings: CalVideoSettings | Unset = field(
        "calVideoSettings", model("cal_video_settings", "CalVideoSettings"), required=False
    )
    owner_id: TeamEventTypeOutputOwnerIdType0 | None | Unset = field(
        "ownerId",
        nullable(model("team_event_type_output_owner_id_type_0", "TeamEventTypeOutputOwnerIdType0")),
        required=False,
    )
    parent_event_type_id: TeamEventTypeOutputParentEventTypeIdType0 | None | Unset = field(
        "parentEventTypeId",
        nullable(
            model("team_event_type_output_parent_event_type_id_type_0", "TeamEventTypeOutputParentEventTypeIdType0")
        ),
        required=False,
    )
    """ For managed event types, parent event type is the event type that this event type is based on """
    assign_all_team_members: bool | Unset = field("assignAllTeamMembers", BOOL, required=False)

    def __init__(
        self,
        *,
        id: int,
        length_in_minutes: int,
        title: str,
        slug: str,
        description: str,
        locations: list[
            OutputAddressLocation
            | OutputLinkLocation
            | OutputIntegrationLocation
            | OutputPhoneLocation
            | OutputOrganizersDefaultAppLocation
            | OutputUnknownLocation
        ],
        booking_fields: list[
            NameDefaultFieldOutput
            | EmailDefaultFieldOutput
            | LocationDefaultFieldOutput
            | RescheduleReasonDefaultFieldOutput
            | TitleDefaultFieldOutput
            | NotesDefaultFieldOutput
            | GuestsDefaultFieldOutput
            | PhoneFieldOutput
            | AddressFieldOutput
            | TextFieldOutput
            | NumberFieldOutput
            | TextAreaFieldOutput
            | SelectFieldOutput
            | MultiSelectFieldOutput
            | MultiEmailFieldOutput
            | CheckboxGroupFieldOutput
            | RadioGroupFieldOutput
            | BooleanFieldOutput
            | UrlFieldOutput
        ],
        disable_guests: bool,
        recurrence: Recurrence | None,
        metadata: TeamEventTypeOutputMetadata,
        price: float,
        currency: str,
        lock_time_zone_toggle_on_booking_page: bool,
        forward_params_success_redirect: TeamEventTypeOutputForwardParamsSuccessRedirectType0 | None,
        success_redirect_url: TeamEventTypeOutputSuccessRedirectUrlType0 | None,
        is_instant_event: bool,
        schedule_id: int | None,
        hidden: bool,
        booking_requires_authentication: bool,
        team_id: int,
        hosts: list[TeamEventTypeResponseHost],
        scheduling_type: TeamEventTypeOutputSchedulingType,
        team: EventTypeTeam,
        length_in_minutes_options: list[float] | Unset = UNSET,
        slot_interval: int | None | Unset = UNSET,
        minimum_booking_notice: float | Unset = UNSET,
        before_event_buffer: float | Unset = UNSET,
        after_event_buffer: float | Unset = UNSET,
        seats_per_time_slot: TeamEventTypeOutputSeatsPerTimeSlotType0 | None | Unset = UNSET,
        seats_show_availability_count: bool | None | Unset = UNSET,
        booking_limits_count: TeamEventTypeOutputBookingLimitsCount | Unset = UNSET,
        only_show_first_available_slot: bool | Unset = UNSET,
        booking_limits_duration: TeamEventTypeOutputBookingLimitsDuration | Unset = UNSET,
        booking_window: BusinessDaysWindow | CalendarDaysWindow | RangeWindow | Disabled | Unset = UNSET,
        booker_layouts: BookerLayouts | Unset = UNSET,
        confirmation_policy: TeamEventTypeOutputConfirmationPolicy | Unset = UNSET,
        requires_booker_email_verification: bool | Unset = UNSET,
        hide_calendar_notes: bool | Unset = UNSET,
        color: EventTypeColor | Unset = UNSET,
        seats: Seats | Unset = UNSET,
        offset_start: float | Unset = UNSET,
        custom_name: str | Unset = UNSET,
        destination_calendar: DestinationCalendar | Unset = UNSET,
        use_destination_calendar_email: bool | Unset = UNSET,
        hide_calendar_event_details: bool | Unset = UNSET,
        hide_organizer_email: bool | Unset = UNSET,
        cal_video_settings: CalVideoSettings | Unset = UNSET,
        owner_id: TeamEventTypeOutputOwnerIdType0 | None | Unset = UNSET,
        parent_event_type_id: TeamEventTypeOutputParentEventTypeIdType0 | None | Unset = UNSET,
        assign_all_team_members: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "id": id,
                "lengthInMinutes": length_in_minutes,
                "title": title,
                "slug": slug,
                "description": description,
                "locations": locations,
                "bookingFields": booking_fields,
                "disableGuests": disable_guests,
                "recurrence": recurrence,
                "metadata": metadata,
                "price": price,
                "currency": currency,
                "lockTimeZoneToggleOnBookingPage": lock_time_zone_toggle_on_booking_page,
                "forwardParamsSuccessRedirect": forward_params_success_redirect,
                "successRedirectUrl": success_redirect_url,
                "isInstantEvent": is_instant_event,
                "scheduleId": schedule_id,
                "hidden": hidden,
                "bookingRequiresAuthentication": booking_requires_authentication,
                "teamId": team_id,
                "hosts": hosts,
                "schedulingType": scheduling_type,
                "team": team,
                "lengthInMinutesOptions": length_in_minutes_options,
                "slotInterval": slot_interval,
                "minimumBookingNotice": minimum_booking_notice,
                "beforeEventBuffer": before_event_buffer,
                "afterEventBuffer": after_event_buffer,
                "seatsPerTimeSlot": seats_per_time_slot,
                "seatsShowAvailabilityCount": seats_show_availability_count,
                "bookingLimitsCount": booking_limits_count,
                "onlyShowFirstAvailableSlot": only_show_first_available_slot,
                "bookingLimitsDuration": booking_limits_duration,
                "bookingWindow": booking_window,
                "bookerLayouts": booker_layouts,
                "confirmationPolicy": confirmation_policy,
                "requiresBookerEmailVerification": requires_booker_email_verification,
                "hideCalendarNotes": hide_calendar_notes,
                "color": color,
                "seats": seats,
                "offsetStart": offset_start,
                "customName": custom_name,
                "destinationCalendar": destination_calendar,
                "useDestinationCalendarEmail": use_destination_calendar_email,
                "hideCalendarEventDetails": hide_calendar_event_details,
                "hideOrganizerEmail": hide_organizer_email,
                "calVideoSettings": cal_video_settings,
                "ownerId": owner_id,
                "parentEventTypeId": parent_event_type_id,
                "assignAllTeamMembers": assign_all_team_members,
            }
        )


class TeamEventTypeOutputDict(TypedDict, total=False):
    """``TeamEventTypeOutput`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    lengthInMinutes: Required[int]
    title: Required[str]
    slug: Required[str]
    description: Required[str]
    locations: Required[
        Sequence[
            OutputAddressLocation
            | OutputAddressLocationDict
            | OutputLinkLocation
            | OutputLinkLocationDict
            | OutputIntegrationLocation
            | OutputIntegrationLocationDict
            | OutputPhoneLocation
            | OutputPhoneLocationDict
            | OutputOrganizersDefaultAppLocation
            | OutputOrganizersDefaultAppLocationDict
            | OutputUnknownLocation
            | OutputUnknownLocationDict
        ]
    ]
    bookingFields: Required[
        Sequence[
            NameDefaultFieldOutput
            | NameDefaultFieldOutputDict
            | EmailDefaultFieldOutput
            | EmailDefaultFieldOutputDict
            | LocationDefaultFieldOutput
            | LocationDefaultFieldOutputDict
            | RescheduleReasonDefaultFieldOutput
            | RescheduleReasonDefaultFieldOutputDict
            | TitleDefaultFieldOutput
            | TitleDefaultFieldOutputDict
            | NotesDefaultFieldOutput
            | NotesDefaultFieldOutputDict
            | GuestsDefaultFieldOutput
            | GuestsDefaultFieldOutputDict
            | PhoneFieldOutput
            | PhoneFieldOutputDict
            | AddressFieldOutput
            | AddressFieldOutputDict
            | TextFieldOutput
            | TextFieldOutputDict
            | NumberFieldOutput
            | NumberFieldOutputDict
            | TextAreaFieldOutput
            | TextAreaFieldOutputDict
            | SelectFieldOutput
            | SelectFieldOutputDict
            | MultiSelectFieldOutput
            | MultiSelectFieldOutputDict
            | MultiEmailFieldOutput
            | MultiEmailFieldOutputDict
            | CheckboxGroupFieldOutput
            | CheckboxGroupFieldOutputDict
            | RadioGroupFieldOutput
            | RadioGroupFieldOutputDict
            | BooleanFieldOutput
            | BooleanFieldOutputDict
            | UrlFieldOutput
            | UrlFieldOutputDict
        ]
    ]
    disableGuests: Required[bool]
    recurrence: Required[Recurrence | RecurrenceDict | None]
    metadata: Required[TeamEventTypeOutputMetadata | Mapping[str, Any]]
    price: Required[float]
    currency: Required[str]
    lockTimeZoneToggleOnBookingPage: Required[bool]
    forwardParamsSuccessRedirect: Required[
        TeamEventTypeOutputForwardParamsSuccessRedirectType0 | Mapping[str, Any] | None
    ]
    successRedirectUrl: Required[TeamEventTypeOutputSuccessRedirectUrlType0 | Mapping[str, Any] | None]
    isInstantEvent: Required[bool]
    scheduleId: Required[int | None]
    hidden: Required[bool]
    bookingRequiresAuthentication: Required[bool]
    teamId: Required[int]
    hosts: Required[Sequence[TeamEventTypeResponseHost | Mapping[str, Any]]]
    schedulingType: Required[TeamEventTypeOutputSchedulingType | Literal["collective", "managed", "roundRobin"]]
    team: Required[EventTypeTeam | EventTypeTeamDict]
    lengthInMinutesOptions: Sequence[float]
    slotInterval: int | None
    minimumBookingNotice: float
    beforeEventBuffer: float
    afterEventBuffer: float
    seatsPerTimeSlot: TeamEventTypeOutputSeatsPerTimeSlotType0 | Mapping[str, Any] | None
    seatsShowAvailabilityCount: bool | None
    bookingLimitsCount: TeamEventTypeOutputBookingLimitsCount | Mapping[str, Any]
    onlyShowFirstAvailableSlot: bool
    bookingLimitsDuration: TeamEventTypeOutputBookingLimitsDuration | Mapping[str, Any]
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
    bookerLayouts: BookerLayouts | BookerLayoutsDict
    confirmationPolicy: TeamEventTypeOutputConfirmationPolicy | Mapping[str, Any]
    requiresBookerEmailVerification: bool
    hideCalendarNotes: bool
    color: EventTypeColor | EventTypeColorDict
    seats: Seats | SeatsDict
    offsetStart: float
    customName: str
    destinationCalendar: DestinationCalendar | DestinationCalendarDict
    useDestinationCalendarEmail: bool
    hideCalendarEventDetails: bool
    hideOrganizerEmail: bool
    calVideoSettings: CalVideoSettings | CalVideoSettingsDict
    ownerId: TeamEventTypeOutputOwnerIdType0 | Mapping[str, Any] | None
    parentEventTypeId: TeamEventTypeOutputParentEventTypeIdType0 | Mapping[str, Any] | None
    assignAllTeamMembers: bool
