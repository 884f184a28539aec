"""Every data model, request TypedDict and enum of the API, loaded on first use.

``from cal_async._generated.models import BookingOutput`` imports only that model's module (and
the models it refers to), so importing the SDK stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address_field_input import AddressFieldInput, AddressFieldInputDict
    from .address_field_output import AddressFieldOutput, AddressFieldOutputDict
    from .api_key_output import ApiKeyOutput, ApiKeyOutputDict
    from .assign_option_user_output import AssignOptionUserOutput, AssignOptionUserOutputDict
    from .assign_option_user_output_data import AssignOptionUserOutputData, AssignOptionUserOutputDataDict
    from .assign_option_user_output_status import AssignOptionUserOutputStatus
    from .assign_organization_attribute_option_to_user_input import (
        AssignOrganizationAttributeOptionToUserInput,
        AssignOrganizationAttributeOptionToUserInputDict,
    )
    from .assigned_option_output import AssignedOptionOutput, AssignedOptionOutputDict
    from .attribute import Attribute, AttributeDict
    from .attribute_type import AttributeType
    from .availability_model import AvailabilityModel, AvailabilityModelDict
    from .available_slot import AvailableSlot, AvailableSlotDict
    from .available_slots_by_date import AvailableSlotsByDate
    from .base_attribute import BaseAttribute, BaseAttributeDict
    from .base_booking_limits_count import BaseBookingLimitsCount, BaseBookingLimitsCountDict
    from .base_booking_limits_duration import BaseBookingLimitsDuration, BaseBookingLimitsDurationDict
    from .base_confirmation_policy import BaseConfirmationPolicy, BaseConfirmationPolicyDict
    from .base_confirmation_policy_type import BaseConfirmationPolicyType
    from .base_workflow_trigger_dto import BaseWorkflowTriggerDto, BaseWorkflowTriggerDtoDict
    from .base_workflow_trigger_dto_type import BaseWorkflowTriggerDtoType
    from .booker_layouts import BookerLayouts, BookerLayoutsDict
    from .booker_layouts_default_layout import BookerLayoutsDefaultLayout
    from .booker_layouts_enabled_layouts_item import BookerLayoutsEnabledLayoutsItem
    from .booking_attendee import BookingAttendee, BookingAttendeeDict
    from .booking_attendee_language import BookingAttendeeLanguage
    from .booking_host import BookingHost, BookingHostDict
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
    from .booking_input_integration_location_integration import BookingInputIntegrationLocationIntegration
    from .booking_input_link_location import BookingInputLinkLocation, BookingInputLinkLocationDict
    from .booking_input_organizers_default_app_location import (
        BookingInputOrganizersDefaultAppLocation,
        BookingInputOrganizersDefaultAppLocationDict,
    )
    from .booking_input_phone_location import BookingInputPhoneLocation, BookingInputPhoneLocationDict
    from .booking_output import BookingOutput, BookingOutputDict
    from .booking_output_booking_fields_responses import BookingOutputBookingFieldsResponses
    from .booking_output_metadata import BookingOutputMetadata
    from .booking_output_status import BookingOutputStatus
    from .booking_reference import BookingReference, BookingReferenceDict
    from .booking_references_output import BookingReferencesOutput, BookingReferencesOutputDict
    from .bookings_get_references_type import BookingsGetReferencesType
    from .bookings_list_sort_created import BookingsListSortCreated
    from .bookings_list_sort_end import BookingsListSortEnd
    from .bookings_list_sort_start import BookingsListSortStart
    from .bookings_list_sort_updated_at import BookingsListSortUpdatedAt
    from .bookings_list_status_item import BookingsListStatusItem
    from .boolean_field_input import BooleanFieldInput, BooleanFieldInputDict
    from .boolean_field_output import BooleanFieldOutput, BooleanFieldOutputDict
    from .business_days_window import BusinessDaysWindow, BusinessDaysWindowDict
    from .business_days_window_type import BusinessDaysWindowType
    from .busy_times_output import BusyTimesOutput, BusyTimesOutputDict
    from .cal_unified_calendars_get_calendar_event_details_calendar import (
        CalUnifiedCalendarsGetCalendarEventDetailsCalendar,
    )
    from .cal_unified_calendars_update_calendar_event_calendar import CalUnifiedCalendarsUpdateCalendarEventCalendar
    from .cal_video_settings import CalVideoSettings, CalVideoSettingsDict
    from .cal_video_settings_redirect_url_on_exit import CalVideoSettingsRedirectUrlOnExit
    from .calendar import Calendar, CalendarDict
    from .calendar_days_window import CalendarDaysWindow, CalendarDaysWindowDict
    from .calendar_days_window_type import CalendarDaysWindowType
    from .calendar_event_attendee import CalendarEventAttendee, CalendarEventAttendeeDict
    from .calendar_event_host import CalendarEventHost, CalendarEventHostDict
    from .calendar_event_more_location import CalendarEventMoreLocation, CalendarEventMoreLocationDict
    from .calendar_event_more_location_type import CalendarEventMoreLocationType
    from .calendar_event_owner import CalendarEventOwner, CalendarEventOwnerDict
    from .calendar_event_phone_location import CalendarEventPhoneLocation, CalendarEventPhoneLocationDict
    from .calendar_event_phone_location_type import CalendarEventPhoneLocationType
    from .calendar_event_response_status import CalendarEventResponseStatus
    from .calendar_event_sip_location import CalendarEventSipLocation, CalendarEventSipLocationDict
    from .calendar_event_sip_location_type import CalendarEventSipLocationType
    from .calendar_event_status import CalendarEventStatus
    from .calendar_event_video_location import CalendarEventVideoLocation, CalendarEventVideoLocationDict
    from .calendar_event_video_location_type import CalendarEventVideoLocationType
    from .calendar_link import CalendarLink, CalendarLinkDict
    from .calendar_links_output import CalendarLinksOutput, CalendarLinksOutputDict
    from .calendar_source import CalendarSource
    from .calendar_to_load import CalendarToLoad, CalendarToLoadDict
    from .calendars_check_calendar import CalendarsCheckCalendar
    from .calendars_check_ics_feed_response_200 import CalendarsCheckIcsFeedResponse200
    from .calendars_check_response_200 import CalendarsCheckResponse200
    from .calendars_delete_credentials_calendar import CalendarsDeleteCredentialsCalendar
    from .calendars_redirect_calendar import CalendarsRedirectCalendar
    from .calendars_redirect_response_200 import CalendarsRedirectResponse200
    from .calendars_save_calendar import CalendarsSaveCalendar
    from .calendars_sync_credentials_calendar import CalendarsSyncCredentialsCalendar
    from .cancel_booking_input import CancelBookingInput, CancelBookingInputDict
    from .cancel_booking_output import CancelBookingOutput, CancelBookingOutputDict
    from .cancel_booking_output_status import CancelBookingOutputStatus
    from .cancel_seated_booking_input import CancelSeatedBookingInput, CancelSeatedBookingInputDict
    from .checkbox_group_field_input import CheckboxGroupFieldInput, CheckboxGroupFieldInputDict
    from .checkbox_group_field_output import CheckboxGroupFieldOutput, CheckboxGroupFieldOutputDict
    from .conferencing_app_output_response_dto import (
        ConferencingAppOutputResponseDto,
        ConferencingAppOutputResponseDtoDict,
    )
    from .conferencing_app_output_response_dto_status import ConferencingAppOutputResponseDtoStatus
    from .conferencing_apps_output_dto import ConferencingAppsOutputDto, ConferencingAppsOutputDtoDict
    from .conferencing_apps_output_response_dto import (
        ConferencingAppsOutputResponseDto,
        ConferencingAppsOutputResponseDtoDict,
    )
    from .conferencing_apps_output_response_dto_status import ConferencingAppsOutputResponseDtoStatus
    from .conferencing_connect_app import ConferencingConnectApp
    from .conferencing_default_app import ConferencingDefaultApp
    from .conferencing_disconnect_app import ConferencingDisconnectApp
    from .conferencing_redirect_app import ConferencingRedirectApp
    from .conferencing_save_app import ConferencingSaveApp
    from .connected_calendar import ConnectedCalendar, ConnectedCalendarDict
    from .connected_calendars_data import ConnectedCalendarsData, ConnectedCalendarsDataDict
    from .connected_calendars_output import ConnectedCalendarsOutput, ConnectedCalendarsOutputDict
    from .connected_calendars_output_status import ConnectedCalendarsOutputStatus
    from .create_attribute_option_output import CreateAttributeOptionOutput, CreateAttributeOptionOutputDict
    from .create_attribute_option_output_status import CreateAttributeOptionOutputStatus
    from .create_booking_attendee import CreateBookingAttendee, CreateBookingAttendeeDict
    from .create_booking_attendee_language import CreateBookingAttendeeLanguage
    from .create_booking_input import CreateBookingInput, CreateBookingInputDict
    from .create_booking_input_booking_fields_responses import CreateBookingInputBookingFieldsResponses
    from .create_booking_input_metadata import CreateBookingInputMetadata
    from .create_booking_output import CreateBookingOutput, CreateBookingOutputDict
    from .create_booking_output_status import CreateBookingOutputStatus
    from .create_calendar_credentials_input import CreateCalendarCredentialsInput, CreateCalendarCredentialsInputDict
    from .create_delegation_credential_input import CreateDelegationCredentialInput, CreateDelegationCredentialInputDict
    from .create_delegation_credential_output import (
        CreateDelegationCredentialOutput,
        CreateDelegationCredentialOutputDict,
    )
    from .create_delegation_credential_output_status import CreateDelegationCredentialOutputStatus
    from .create_event_type_input import CreateEventTypeInput, CreateEventTypeInputDict
    from .create_event_type_output import CreateEventTypeOutput, CreateEventTypeOutputDict
    from .create_event_type_output_status import CreateEventTypeOutputStatus
    from .create_ics_feed_input_dto import CreateIcsFeedInputDto, CreateIcsFeedInputDtoDict
    from .create_ics_feed_output import CreateIcsFeedOutput, CreateIcsFeedOutputDict
    from .create_ics_feed_output_response_dto import CreateIcsFeedOutputResponseDto, CreateIcsFeedOutputResponseDtoDict
    from .create_ics_feed_output_response_dto_status import CreateIcsFeedOutputResponseDtoStatus
    from .create_instant_booking_input import CreateInstantBookingInput, CreateInstantBookingInputDict
    from .create_instant_booking_input_booking_fields_responses import CreateInstantBookingInputBookingFieldsResponses
    from .create_instant_booking_input_metadata import CreateInstantBookingInputMetadata
    from .create_invite_output_dto import CreateInviteOutputDto, CreateInviteOutputDtoDict
    from .create_managed_organization_output import CreateManagedOrganizationOutput, CreateManagedOrganizationOutputDict
    from .create_managed_organization_output_status import CreateManagedOrganizationOutputStatus
    from .create_managed_user_data import CreateManagedUserData, CreateManagedUserDataDict
    from .create_managed_user_input import CreateManagedUserInput, CreateManagedUserInputDict
    from .create_managed_user_input_locale import CreateManagedUserInputLocale
    from .create_managed_user_input_metadata import CreateManagedUserInputMetadata
    from .create_managed_user_input_time_format import CreateManagedUserInputTimeFormat
    from .create_managed_user_input_week_start import CreateManagedUserInputWeekStart
    from .create_managed_user_output import CreateManagedUserOutput, CreateManagedUserOutputDict
    from .create_managed_user_output_error import CreateManagedUserOutputError
    from .create_managed_user_output_status import CreateManagedUserOutputStatus
    from .create_o_auth_client_input import CreateOAuthClientInput, CreateOAuthClientInputDict
    from .create_o_auth_client_input_permissions_item import CreateOAuthClientInputPermissionsItem
    from .create_o_auth_client_output import CreateOAuthClientOutput, CreateOAuthClientOutputDict
    from .create_o_auth_client_response_dto import CreateOAuthClientResponseDto, CreateOAuthClientResponseDtoDict
    from .create_o_auth_client_response_dto_status import CreateOAuthClientResponseDtoStatus
    from .create_org_membership_dto import CreateOrgMembershipDto, CreateOrgMembershipDtoDict
    from .create_org_membership_dto_role import CreateOrgMembershipDtoRole
    from .create_org_membership_output import CreateOrgMembershipOutput, CreateOrgMembershipOutputDict
    from .create_org_membership_output_status import CreateOrgMembershipOutputStatus
    from .create_org_team_dto import CreateOrgTeamDto, CreateOrgTeamDtoDict
    from .create_org_team_dto_metadata import CreateOrgTeamDtoMetadata
    from .create_org_team_membership_dto import CreateOrgTeamMembershipDto, CreateOrgTeamMembershipDtoDict
    from .create_org_team_membership_dto_role import CreateOrgTeamMembershipDtoRole
    from .create_organization_attribute_input import (
        CreateOrganizationAttributeInput,
        CreateOrganizationAttributeInputDict,
    )
    from .create_organization_attribute_input_type import CreateOrganizationAttributeInputType
    from .create_organization_attribute_option_input import (
        CreateOrganizationAttributeOptionInput,
        CreateOrganizationAttributeOptionInputDict,
    )
    from .create_organization_attributes_output import (
        CreateOrganizationAttributesOutput,
        CreateOrganizationAttributesOutputDict,
    )
    from .create_organization_attributes_output_status import CreateOrganizationAttributesOutputStatus
    from .create_organization_input import CreateOrganizationInput, CreateOrganizationInputDict
    from .create_organization_input_metadata import CreateOrganizationInputMetadata
    from .create_organization_user_input import CreateOrganizationUserInput, CreateOrganizationUserInputDict
    from .create_organization_user_input_metadata import CreateOrganizationUserInputMetadata
    from .create_organization_user_input_organization_role import CreateOrganizationUserInputOrganizationRole
    from .create_out_of_office_entry_dto import CreateOutOfOfficeEntryDto, CreateOutOfOfficeEntryDtoDict
    from .create_out_of_office_entry_dto_reason import CreateOutOfOfficeEntryDtoReason
    from .create_phone_call_input import CreatePhoneCallInput, CreatePhoneCallInputDict
    from .create_phone_call_input_template_type import CreatePhoneCallInputTemplateType
    from .create_phone_call_output import CreatePhoneCallOutput, CreatePhoneCallOutputDict
    from .create_phone_call_output_status import CreatePhoneCallOutputStatus
    from .create_private_link_input import CreatePrivateLinkInput, CreatePrivateLinkInputDict
    from .create_private_link_output import CreatePrivateLinkOutput, CreatePrivateLinkOutputDict
    from .create_recurring_booking_input import CreateRecurringBookingInput, CreateRecurringBookingInputDict
    from .create_recurring_booking_input_booking_fields_responses import (
        CreateRecurringBookingInputBookingFieldsResponses,
    )
    from .create_recurring_booking_input_metadata import CreateRecurringBookingInputMetadata
    from .create_recurring_seated_booking_output import (
        CreateRecurringSeatedBookingOutput,
        CreateRecurringSeatedBookingOutputDict,
    )
    from .create_recurring_seated_booking_output_metadata import CreateRecurringSeatedBookingOutputMetadata
    from .create_recurring_seated_booking_output_status import CreateRecurringSeatedBookingOutputStatus
    from .create_routing_form_response_output import (
        CreateRoutingFormResponseOutput,
        CreateRoutingFormResponseOutputDict,
    )
    from .create_routing_form_response_output_data import (
        CreateRoutingFormResponseOutputData,
        CreateRoutingFormResponseOutputDataDict,
    )
    from .create_routing_form_response_output_status import CreateRoutingFormResponseOutputStatus
    from .create_schedule_input import CreateScheduleInput, CreateScheduleInputDict
    from .create_schedule_output import CreateScheduleOutput, CreateScheduleOutputDict
    from .create_schedule_output_status import CreateScheduleOutputStatus
    from .create_seated_booking_output import CreateSeatedBookingOutput, CreateSeatedBookingOutputDict
    from .create_seated_booking_output_metadata import CreateSeatedBookingOutputMetadata
    from .create_seated_booking_output_status import CreateSeatedBookingOutputStatus
    from .create_team_event_type_input import CreateTeamEventTypeInput, CreateTeamEventTypeInputDict
    from .create_team_event_type_input_scheduling_type import CreateTeamEventTypeInputSchedulingType
    from .create_team_event_type_output import CreateTeamEventTypeOutput, CreateTeamEventTypeOutputDict
    from .create_team_event_type_output_status import CreateTeamEventTypeOutputStatus
    from .create_team_input import CreateTeamInput, CreateTeamInputDict
    from .create_team_input_metadata import CreateTeamInputMetadata
    from .create_team_membership_input import CreateTeamMembershipInput, CreateTeamMembershipInputDict
    from .create_team_membership_input_role import CreateTeamMembershipInputRole
    from .create_team_membership_output import CreateTeamMembershipOutput, CreateTeamMembershipOutputDict
    from .create_team_membership_output_status import CreateTeamMembershipOutputStatus
    from .create_team_output import CreateTeamOutput, CreateTeamOutputDict
    from .create_team_output_data import CreateTeamOutputData, CreateTeamOutputDataDict
    from .create_team_output_status import CreateTeamOutputStatus
    from .create_webhook_input_dto import CreateWebhookInputDto, CreateWebhookInputDtoDict
    from .create_webhook_input_dto_triggers_item import CreateWebhookInputDtoTriggersItem
    from .create_workflow_dto import CreateWorkflowDto, CreateWorkflowDtoDict
    from .data import Data, DataDict
    from .decline_booking_input import DeclineBookingInput, DeclineBookingInputDict
    from .default_conferencing_apps_output_dto import (
        DefaultConferencingAppsOutputDto,
        DefaultConferencingAppsOutputDtoDict,
    )
    from .delegation_credential_output import DelegationCredentialOutput, DelegationCredentialOutputDict
    from .delete_attribute_option_output import DeleteAttributeOptionOutput, DeleteAttributeOptionOutputDict
    from .delete_attribute_option_output_status import DeleteAttributeOptionOutputStatus
    from .delete_calendar_credentials_input_body_dto import (
        DeleteCalendarCredentialsInputBodyDto,
        DeleteCalendarCredentialsInputBodyDtoDict,
    )
    from .delete_data import DeleteData, DeleteDataDict
    from .delete_event_type_output import DeleteEventTypeOutput, DeleteEventTypeOutputDict
    from .delete_event_type_output_status import DeleteEventTypeOutputStatus
    from .delete_many_webhooks_output_response_dto import (
        DeleteManyWebhooksOutputResponseDto,
        DeleteManyWebhooksOutputResponseDtoDict,
    )
    from .delete_many_webhooks_output_response_dto_status import DeleteManyWebhooksOutputResponseDtoStatus
    from .delete_org_membership import DeleteOrgMembership, DeleteOrgMembershipDict
    from .delete_org_membership_status import DeleteOrgMembershipStatus
    from .delete_organization_attributes_output import (
        DeleteOrganizationAttributesOutput,
        DeleteOrganizationAttributesOutputDict,
    )
    from .delete_organization_attributes_output_status import DeleteOrganizationAttributesOutputStatus
    from .delete_private_link_output import DeletePrivateLinkOutput, DeletePrivateLinkOutputDict
    from .delete_private_link_output_data import DeletePrivateLinkOutputData, DeletePrivateLinkOutputDataDict
    from .delete_schedule_output import DeleteScheduleOutput, DeleteScheduleOutputDict
    from .delete_schedule_output_status import DeleteScheduleOutputStatus
    from .delete_team_event_type_output import DeleteTeamEventTypeOutput, DeleteTeamEventTypeOutputDict
    from .delete_team_event_type_output_data import DeleteTeamEventTypeOutputData
    from .delete_team_event_type_output_status import DeleteTeamEventTypeOutputStatus
    from .delete_team_membership_output import DeleteTeamMembershipOutput, DeleteTeamMembershipOutputDict
    from .delete_team_membership_output_status import DeleteTeamMembershipOutputStatus
    from .deleted_calendar_credentials_output_dto import (
        DeletedCalendarCredentialsOutputDto,
        DeletedCalendarCredentialsOutputDtoDict,
    )
    from .deleted_calendar_credentials_output_response_dto import (
        DeletedCalendarCredentialsOutputResponseDto,
        DeletedCalendarCredentialsOutputResponseDtoDict,
    )
    from .deleted_calendar_credentials_output_response_dto_status import (
        DeletedCalendarCredentialsOutputResponseDtoStatus,
    )
    from .destination_calendar import DestinationCalendar, DestinationCalendarDict
    from .destination_calendar_legacy import DestinationCalendarLegacy, DestinationCalendarLegacyDict
    from .destination_calendar_legacy_id import DestinationCalendarLegacyId
    from .destination_calendars_input_body_dto import (
        DestinationCalendarsInputBodyDto,
        DestinationCalendarsInputBodyDtoDict,
    )
    from .destination_calendars_input_body_dto_integration import DestinationCalendarsInputBodyDtoIntegration
    from .destination_calendars_output_dto import DestinationCalendarsOutputDto, DestinationCalendarsOutputDtoDict
    from .destination_calendars_output_response_dto import (
        DestinationCalendarsOutputResponseDto,
        DestinationCalendarsOutputResponseDtoDict,
    )
    from .destination_calendars_output_response_dto_status import DestinationCalendarsOutputResponseDtoStatus
    from .disabled import Disabled, DisabledDict
    from .disconnect_conferencing_app_output_response_dto import (
        DisconnectConferencingAppOutputResponseDto,
        DisconnectConferencingAppOutputResponseDtoDict,
    )
    from .disconnect_conferencing_app_output_response_dto_status import DisconnectConferencingAppOutputResponseDtoStatus
    from .email_default_field_input import EmailDefaultFieldInput, EmailDefaultFieldInputDict
    from .email_default_field_input_required import EmailDefaultFieldInputRequired
    from .email_default_field_output import EmailDefaultFieldOutput, EmailDefaultFieldOutputDict
    from .email_default_field_output_required import EmailDefaultFieldOutputRequired
    from .event_type import EventType, EventTypeDict
    from .event_type_color import EventTypeColor, EventTypeColorDict
    from .event_type_output import EventTypeOutput, EventTypeOutputDict
    from .event_type_output_booking_limits_count import EventTypeOutputBookingLimitsCount
    from .event_type_output_booking_limits_duration import EventTypeOutputBookingLimitsDuration
    from .event_type_output_confirmation_policy import EventTypeOutputConfirmationPolicy
    from .event_type_output_forward_params_success_redirect_type_0 import (
        EventTypeOutputForwardParamsSuccessRedirectType0,
    )
    from .event_type_output_metadata import EventTypeOutputMetadata
    from .event_type_output_seats_per_time_slot_type_0 import EventTypeOutputSeatsPerTimeSlotType0
    from .event_type_output_success_redirect_url_type_0 import EventTypeOutputSuccessRedirectUrlType0
    from .event_type_team import EventTypeTeam, EventTypeTeamDict
    from .event_type_user import EventTypeUser, EventTypeUserDict
    from .event_type_user_metadata import EventTypeUserMetadata
    from .event_type_webhook_output_dto import EventTypeWebhookOutputDto, EventTypeWebhookOutputDtoDict
    from .event_type_webhook_output_response_dto import (
        EventTypeWebhookOutputResponseDto,
        EventTypeWebhookOutputResponseDtoDict,
    )
    from .event_type_webhook_output_response_dto_status import EventTypeWebhookOutputResponseDtoStatus
    from .event_type_webhooks_output_response_dto import (
        EventTypeWebhooksOutputResponseDto,
        EventTypeWebhooksOutputResponseDtoDict,
    )
    from .event_type_webhooks_output_response_dto_status import EventTypeWebhooksOutputResponseDtoStatus
    from .get_all_attribute_assigned_option_output import (
        GetAllAttributeAssignedOptionOutput,
        GetAllAttributeAssignedOptionOutputDict,
    )
    from .get_all_attribute_assigned_option_output_status import GetAllAttributeAssignedOptionOutputStatus
    from .get_all_attribute_option_output import GetAllAttributeOptionOutput, GetAllAttributeOptionOutputDict
    from .get_all_attribute_option_output_status import GetAllAttributeOptionOutputStatus
    from .get_all_org_memberships import GetAllOrgMemberships, GetAllOrgMembershipsDict
    from .get_all_org_memberships_status import GetAllOrgMembershipsStatus
    from .get_booking_output import GetBookingOutput, GetBookingOutputDict
    from .get_booking_output_error import GetBookingOutputError
    from .get_booking_output_status import GetBookingOutputStatus
    from .get_booking_recordings_output import GetBookingRecordingsOutput, GetBookingRecordingsOutputDict
    from .get_booking_recordings_output_error import GetBookingRecordingsOutputError
    from .get_booking_recordings_output_status import GetBookingRecordingsOutputStatus
    from .get_booking_transcripts_output import GetBookingTranscriptsOutput, GetBookingTranscriptsOutputDict
    from .get_booking_transcripts_output_error import GetBookingTranscriptsOutputError
    from .get_booking_transcripts_output_status import GetBookingTranscriptsOutputStatus
    from .get_bookings_output import GetBookingsOutput, GetBookingsOutputDict
    from .get_bookings_output_error import GetBookingsOutputError
    from .get_bookings_output_status import GetBookingsOutputStatus
    from .get_busy_times_output import GetBusyTimesOutput, GetBusyTimesOutputDict
    from .get_busy_times_output_status import GetBusyTimesOutputStatus
    from .get_conferencing_apps_oauth_url_response_dto import (
        GetConferencingAppsOauthUrlResponseDto,
        GetConferencingAppsOauthUrlResponseDtoDict,
    )
    from .get_conferencing_apps_oauth_url_response_dto_status import GetConferencingAppsOauthUrlResponseDtoStatus
    from .get_default_conferencing_app_output_response_dto import (
        GetDefaultConferencingAppOutputResponseDto,
        GetDefaultConferencingAppOutputResponseDtoDict,
    )
    from .get_default_conferencing_app_output_response_dto_status import (
        GetDefaultConferencingAppOutputResponseDtoStatus,
    )
    from .get_default_schedule_output import GetDefaultScheduleOutput, GetDefaultScheduleOutputDict
    from .get_default_schedule_output_status import GetDefaultScheduleOutputStatus
    from .get_event_type_output import GetEventTypeOutput, GetEventTypeOutputDict
    from .get_event_type_output_status import GetEventTypeOutputStatus
    from .get_event_types_output import GetEventTypesOutput, GetEventTypesOutputDict
    from .get_event_types_output_status import GetEventTypesOutputStatus
    from .get_managed_organization_output import GetManagedOrganizationOutput, GetManagedOrganizationOutputDict
    from .get_managed_organization_output_status import GetManagedOrganizationOutputStatus
    from .get_managed_organizations_output import GetManagedOrganizationsOutput, GetManagedOrganizationsOutputDict
    from .get_managed_organizations_output_status import GetManagedOrganizationsOutputStatus
    from .get_managed_user_output import GetManagedUserOutput, GetManagedUserOutputDict
    from .get_managed_user_output_status import GetManagedUserOutputStatus
    from .get_managed_users_output import GetManagedUsersOutput, GetManagedUsersOutputDict
    from .get_managed_users_output_status import GetManagedUsersOutputStatus
    from .get_me_output import GetMeOutput, GetMeOutputDict
    from .get_me_output_status import GetMeOutputStatus
    from .get_o_auth_client_response_dto import GetOAuthClientResponseDto, GetOAuthClientResponseDtoDict
    from .get_o_auth_client_response_dto_status import GetOAuthClientResponseDtoStatus
    from .get_o_auth_clients_response_dto import GetOAuthClientsResponseDto, GetOAuthClientsResponseDtoDict
    from .get_o_auth_clients_response_dto_status import GetOAuthClientsResponseDtoStatus
    from .get_option_user_output import GetOptionUserOutput, GetOptionUserOutputDict
    from .get_option_user_output_data import GetOptionUserOutputData, GetOptionUserOutputDataDict
    from .get_option_user_output_status import GetOptionUserOutputStatus
    from .get_org_membership import GetOrgMembership, GetOrgMembershipDict
    from .get_org_membership_status import GetOrgMembershipStatus
    from .get_org_users_with_profile_output import GetOrgUsersWithProfileOutput, GetOrgUsersWithProfileOutputDict
    from .get_org_users_with_profile_output_metadata import GetOrgUsersWithProfileOutputMetadata
    from .get_organization_attributes_output import GetOrganizationAttributesOutput, GetOrganizationAttributesOutputDict
    from .get_organization_attributes_output_status import GetOrganizationAttributesOutputStatus
    from .get_organization_user_output import GetOrganizationUserOutput, GetOrganizationUserOutputDict
    from .get_organization_user_output_status import GetOrganizationUserOutputStatus
    from .get_organization_users_response_dto import (
        GetOrganizationUsersResponseDTO,
        GetOrganizationUsersResponseDTODict,
    )
    from .get_organization_users_response_dto_status import GetOrganizationUsersResponseDTOStatus
    from .get_private_links_output import GetPrivateLinksOutput, GetPrivateLinksOutputDict
    from .get_recurring_seated_booking_output import (
        GetRecurringSeatedBookingOutput,
        GetRecurringSeatedBookingOutputDict,
    )
    from .get_recurring_seated_booking_output_metadata import GetRecurringSeatedBookingOutputMetadata
    from .get_recurring_seated_booking_output_status import GetRecurringSeatedBookingOutputStatus
    from .get_reserved_slot_output import GetReservedSlotOutput, GetReservedSlotOutputDict
    from .get_reserved_slot_output_status import GetReservedSlotOutputStatus
    from .get_routing_form_responses_output import GetRoutingFormResponsesOutput, GetRoutingFormResponsesOutputDict
    from .get_routing_form_responses_output_status import GetRoutingFormResponsesOutputStatus
    from .get_routing_forms_output import GetRoutingFormsOutput, GetRoutingFormsOutputDict
    from .get_routing_forms_output_status import GetRoutingFormsOutputStatus
    from .get_schedule_output import GetScheduleOutput, GetScheduleOutputDict
    from .get_schedule_output_error import GetScheduleOutputError
    from .get_schedule_output_status import GetScheduleOutputStatus
    from .get_schedules_output import GetSchedulesOutput, GetSchedulesOutputDict
    from .get_schedules_output_error import GetSchedulesOutputError
    from .get_schedules_output_status import GetSchedulesOutputStatus
    from .get_seated_booking_output import GetSeatedBookingOutput, GetSeatedBookingOutputDict
    from .get_seated_booking_output_metadata import GetSeatedBookingOutputMetadata
    from .get_seated_booking_output_status import GetSeatedBookingOutputStatus
    from .get_single_attribute_output import GetSingleAttributeOutput, GetSingleAttributeOutputDict
    from .get_single_attribute_output_status import GetSingleAttributeOutputStatus
    from .get_team_event_type_output import GetTeamEventTypeOutput, GetTeamEventTypeOutputDict
    from .get_team_event_type_output_status import GetTeamEventTypeOutputStatus
    from .get_team_event_types_output import GetTeamEventTypesOutput, GetTeamEventTypesOutputDict
    from .get_team_event_types_output_status import GetTeamEventTypesOutputStatus
    from .get_team_membership_output import GetTeamMembershipOutput, GetTeamMembershipOutputDict
    from .get_team_membership_output_status import GetTeamMembershipOutputStatus
    from .get_team_memberships_output import GetTeamMembershipsOutput, GetTeamMembershipsOutputDict
    from .get_team_memberships_output_status import GetTeamMembershipsOutputStatus
    from .get_team_output import GetTeamOutput, GetTeamOutputDict
    from .get_team_output_status import GetTeamOutputStatus
    from .get_teams_output import GetTeamsOutput, GetTeamsOutputDict
    from .get_teams_output_status import GetTeamsOutputStatus
    from .get_unified_calendar_event_output import GetUnifiedCalendarEventOutput, GetUnifiedCalendarEventOutputDict
    from .get_unified_calendar_event_output_status import GetUnifiedCalendarEventOutputStatus
    from .get_workflow_output import GetWorkflowOutput, GetWorkflowOutputDict
    from .get_workflow_output_status import GetWorkflowOutputStatus
    from .get_workflows_output import GetWorkflowsOutput, GetWorkflowsOutputDict
    from .get_workflows_output_status import GetWorkflowsOutputStatus
    from .google_service_account_key_input import GoogleServiceAccountKeyInput, GoogleServiceAccountKeyInputDict
    from .guests_default_field_input import GuestsDefaultFieldInput, GuestsDefaultFieldInputDict
    from .guests_default_field_output import GuestsDefaultFieldOutput, GuestsDefaultFieldOutputDict
    from .host import Host, HostDict
    from .host_priority import HostPriority
    from .html_workflow_message_dto import HtmlWorkflowMessageDto, HtmlWorkflowMessageDtoDict
    from .input_address_location import InputAddressLocation, InputAddressLocationDict
    from .input_attendee_address_location import InputAttendeeAddressLocation, InputAttendeeAddressLocationDict
    from .input_attendee_defined_location import InputAttendeeDefinedLocation, InputAttendeeDefinedLocationDict
    from .input_attendee_phone_location import InputAttendeePhoneLocation, InputAttendeePhoneLocationDict
    from .input_integration_location import InputIntegrationLocation, InputIntegrationLocationDict
    from .input_integration_location_integration import InputIntegrationLocationIntegration
    from .input_link_location import InputLinkLocation, InputLinkLocationDict
    from .input_organizers_default_app import InputOrganizersDefaultApp, InputOrganizersDefaultAppDict
    from .input_phone_location import InputPhoneLocation, InputPhoneLocationDict
    from .integration import Integration, IntegrationDict
    from .integration_app_data_type_0 import IntegrationAppDataType0
    from .integration_location_option_type_0 import IntegrationLocationOptionType0
    from .invite_data_dto import InviteDataDto, InviteDataDtoDict
    from .keys_dto import KeysDto, KeysDtoDict
    from .keys_response_dto import KeysResponseDto, KeysResponseDtoDict
    from .keys_response_dto_status import KeysResponseDtoStatus
    from .location_default_field_input import LocationDefaultFieldInput, LocationDefaultFieldInputDict
    from .location_default_field_output import LocationDefaultFieldOutput, LocationDefaultFieldOutputDict
    from .managed_organization_output import ManagedOrganizationOutput, ManagedOrganizationOutputDict
    from .managed_organization_output_metadata import ManagedOrganizationOutputMetadata
    from .managed_organization_with_api_key_output import (
        ManagedOrganizationWithApiKeyOutput,
        ManagedOrganizationWithApiKeyOutputDict,
    )
    from .managed_organization_with_api_key_output_metadata import ManagedOrganizationWithApiKeyOutputMetadata
    from .managed_user_output import ManagedUserOutput, ManagedUserOutputDict
    from .managed_user_output_locale import ManagedUserOutputLocale
    from .managed_user_output_metadata import ManagedUserOutputMetadata
    from .mark_absent_attendee import MarkAbsentAttendee, MarkAbsentAttendeeDict
    from .mark_absent_booking_input import MarkAbsentBookingInput, MarkAbsentBookingInputDict
    from .mark_absent_booking_output import MarkAbsentBookingOutput, MarkAbsentBookingOutputDict
    from .mark_absent_booking_output_status import MarkAbsentBookingOutputStatus
    from .me_org_output import MeOrgOutput, MeOrgOutputDict
    from .me_output import MeOutput, MeOutputDict
    from .membership_user_output_dto import MembershipUserOutputDto, MembershipUserOutputDtoDict
    from .membership_user_output_dto_metadata import MembershipUserOutputDtoMetadata
    from .microsoft_service_account_key_input import (
        MicrosoftServiceAccountKeyInput,
        MicrosoftServiceAccountKeyInputDict,
    )
    from .multi_email_field_input import MultiEmailFieldInput, MultiEmailFieldInputDict
    from .multi_email_field_output import MultiEmailFieldOutput, MultiEmailFieldOutputDict
    from .multi_select_attribute import MultiSelectAttribute, MultiSelectAttributeDict
    from .multi_select_attribute_option import MultiSelectAttributeOption, MultiSelectAttributeOptionDict
    from .multi_select_field_input import MultiSelectFieldInput, MultiSelectFieldInputDict
    from .multi_select_field_output import MultiSelectFieldOutput, MultiSelectFieldOutputDict
    from .name_default_field_input import NameDefaultFieldInput, NameDefaultFieldInputDict
    from .name_default_field_output import NameDefaultFieldOutput, NameDefaultFieldOutputDict
    from .notes_default_field_input import NotesDefaultFieldInput, NotesDefaultFieldInputDict
    from .notes_default_field_output import NotesDefaultFieldOutput, NotesDefaultFieldOutputDict
    from .notice_threshold import NoticeThreshold, NoticeThresholdDict
    from .number_attribute import NumberAttribute, NumberAttributeDict
    from .number_field_input import NumberFieldInput, NumberFieldInputDict
    from .number_field_output import NumberFieldOutput, NumberFieldOutputDict
    from .o_auth_client_webhook_output_dto import OAuthClientWebhookOutputDto, OAuthClientWebhookOutputDtoDict
    from .o_auth_client_webhook_output_response_dto import (
        OAuthClientWebhookOutputResponseDto,
        OAuthClientWebhookOutputResponseDtoDict,
    )
    from .o_auth_client_webhook_output_response_dto_status import OAuthClientWebhookOutputResponseDtoStatus
    from .o_auth_client_webhooks_output_response_dto import (
        OAuthClientWebhooksOutputResponseDto,
        OAuthClientWebhooksOutputResponseDtoDict,
    )
    from .o_auth_client_webhooks_output_response_dto_status import OAuthClientWebhooksOutputResponseDtoStatus
    from .on_after_cal_video_guests_no_show_trigger_dto import (
        OnAfterCalVideoGuestsNoShowTriggerDto,
        OnAfterCalVideoGuestsNoShowTriggerDtoDict,
    )
    from .on_after_cal_video_guests_no_show_trigger_dto_type import OnAfterCalVideoGuestsNoShowTriggerDtoType
    from .on_after_cal_video_hosts_no_show_trigger_dto import (
        OnAfterCalVideoHostsNoShowTriggerDto,
        OnAfterCalVideoHostsNoShowTriggerDtoDict,
    )
    from .on_after_cal_video_hosts_no_show_trigger_dto_type import OnAfterCalVideoHostsNoShowTriggerDtoType
    from .on_after_event_trigger_dto import OnAfterEventTriggerDto, OnAfterEventTriggerDtoDict
    from .on_after_event_trigger_dto_type import OnAfterEventTriggerDtoType
    from .on_before_event_trigger_dto import OnBeforeEventTriggerDto, OnBeforeEventTriggerDtoDict
    from .on_before_event_trigger_dto_type import OnBeforeEventTriggerDtoType
    from .on_cancel_trigger_dto import OnCancelTriggerDto, OnCancelTriggerDtoDict
    from .on_cancel_trigger_dto_type import OnCancelTriggerDtoType
    from .on_creation_trigger_dto import OnCreationTriggerDto, OnCreationTriggerDtoDict
    from .on_creation_trigger_dto_type import OnCreationTriggerDtoType
    from .on_no_show_update_trigger_dto import OnNoShowUpdateTriggerDto, OnNoShowUpdateTriggerDtoDict
    from .on_paid_trigger_dto import OnPaidTriggerDto, OnPaidTriggerDtoDict
    from .on_payment_initiated_trigger_dto import OnPaymentInitiatedTriggerDto, OnPaymentInitiatedTriggerDtoDict
    from .on_rejected_trigger_dto import OnRejectedTriggerDto, OnRejectedTriggerDtoDict
    from .on_requested_trigger_dto import OnRequestedTriggerDto, OnRequestedTriggerDtoDict
    from .on_reschedule_trigger_dto import OnRescheduleTriggerDto, OnRescheduleTriggerDtoDict
    from .on_reschedule_trigger_dto_type import OnRescheduleTriggerDtoType
    from .option_output import OptionOutput, OptionOutputDict
    from .org_me_teams_output_response_dto import OrgMeTeamsOutputResponseDto, OrgMeTeamsOutputResponseDtoDict
    from .org_me_teams_output_response_dto_status import OrgMeTeamsOutputResponseDtoStatus
    from .org_team_membership_output_response_dto import (
        OrgTeamMembershipOutputResponseDto,
        OrgTeamMembershipOutputResponseDtoDict,
    )
    from .org_team_membership_output_response_dto_status import OrgTeamMembershipOutputResponseDtoStatus
    from .org_team_memberships_output_response_dto import (
        OrgTeamMembershipsOutputResponseDto,
        OrgTeamMembershipsOutputResponseDtoDict,
    )
    from .org_team_memberships_output_response_dto_status import OrgTeamMembershipsOutputResponseDtoStatus
    from .org_team_output_dto import OrgTeamOutputDto, OrgTeamOutputDtoDict
    from .org_team_output_dto_metadata import OrgTeamOutputDtoMetadata
    from .org_team_output_response_dto import OrgTeamOutputResponseDto, OrgTeamOutputResponseDtoDict
    from .org_team_output_response_dto_status import OrgTeamOutputResponseDtoStatus
    from .org_teams_output_response_dto import OrgTeamsOutputResponseDto, OrgTeamsOutputResponseDtoDict
    from .org_teams_output_response_dto_status import OrgTeamsOutputResponseDtoStatus
    from .organization_membership_output import OrganizationMembershipOutput, OrganizationMembershipOutputDict
    from .organization_membership_output_role import OrganizationMembershipOutputRole
    from .orgs_bookings_list_sort_created import OrgsBookingsListSortCreated
    from .orgs_bookings_list_sort_end import OrgsBookingsListSortEnd
    from .orgs_bookings_list_sort_start import OrgsBookingsListSortStart
    from .orgs_bookings_list_sort_updated_at import OrgsBookingsListSortUpdatedAt
    from .orgs_bookings_list_status_item import OrgsBookingsListStatusItem
    from .orgs_routing_forms_create_response_format import OrgsRoutingFormsCreateResponseFormat
    from .orgs_routing_forms_get_responses_sort_created_at import OrgsRoutingFormsGetResponsesSortCreatedAt
    from .orgs_routing_forms_get_responses_sort_updated_at import OrgsRoutingFormsGetResponsesSortUpdatedAt
    from .orgs_routing_forms_list_sort_created_at import OrgsRoutingFormsListSortCreatedAt
    from .orgs_routing_forms_list_sort_updated_at import OrgsRoutingFormsListSortUpdatedAt
    from .orgs_teams_bookings_get_references_type import OrgsTeamsBookingsGetReferencesType
    from .orgs_teams_bookings_list_sort_created import OrgsTeamsBookingsListSortCreated
    from .orgs_teams_bookings_list_sort_end import OrgsTeamsBookingsListSortEnd
    from .orgs_teams_bookings_list_sort_start import OrgsTeamsBookingsListSortStart
    from .orgs_teams_bookings_list_status_item import OrgsTeamsBookingsListStatusItem
    from .orgs_teams_conferencing_connect_app_app import OrgsTeamsConferencingConnectAppApp
    from .orgs_teams_conferencing_disconnect_app_app import OrgsTeamsConferencingDisconnectAppApp
    from .orgs_teams_conferencing_get_oauth_url_app import OrgsTeamsConferencingGetOauthUrlApp
    from .orgs_teams_conferencing_set_default_app_app import OrgsTeamsConferencingSetDefaultAppApp
    from .orgs_teams_routing_forms_list_sort_created_at import OrgsTeamsRoutingFormsListSortCreatedAt
    from .orgs_teams_routing_forms_list_sort_updated_at import OrgsTeamsRoutingFormsListSortUpdatedAt
    from .orgs_teams_routing_forms_responses_create_format import OrgsTeamsRoutingFormsResponsesCreateFormat
    from .orgs_teams_routing_forms_responses_list_sort_created_at import OrgsTeamsRoutingFormsResponsesListSortCreatedAt
    from .orgs_teams_routing_forms_responses_list_sort_updated_at import OrgsTeamsRoutingFormsResponsesListSortUpdatedAt
    from .orgs_users_bookings_list_response_200 import (
        OrgsUsersBookingsListResponse200,
        OrgsUsersBookingsListResponse200Dict,
    )
    from .orgs_users_bookings_list_response_200_data_item import OrgsUsersBookingsListResponse200DataItem
    from .orgs_users_bookings_list_response_200_status import OrgsUsersBookingsListResponse200Status
    from .orgs_users_bookings_list_sort_created import OrgsUsersBookingsListSortCreated
    from .orgs_users_bookings_list_sort_end import OrgsUsersBookingsListSortEnd
    from .orgs_users_bookings_list_sort_start import OrgsUsersBookingsListSortStart
    from .orgs_users_bookings_list_sort_updated_at import OrgsUsersBookingsListSortUpdatedAt
    from .orgs_users_bookings_list_status_item import OrgsUsersBookingsListStatusItem
    from .orgs_users_list_attribute_query_operator import OrgsUsersListAttributeQueryOperator
    from .orgs_users_ooo_get_response_200 import OrgsUsersOooGetResponse200, OrgsUsersOooGetResponse200Dict
    from .orgs_users_ooo_get_response_200_data_item import OrgsUsersOooGetResponse200DataItem
    from .orgs_users_ooo_get_response_200_status import OrgsUsersOooGetResponse200Status
    from .orgs_users_ooo_get_sort_end import OrgsUsersOooGetSortEnd
    from .orgs_users_ooo_get_sort_start import OrgsUsersOooGetSortStart
    from .orgs_users_ooo_list_response_200 import OrgsUsersOooListResponse200, OrgsUsersOooListResponse200Dict
    from .orgs_users_ooo_list_response_200_data_item import OrgsUsersOooListResponse200DataItem
    from .orgs_users_ooo_list_response_200_status import OrgsUsersOooListResponse200Status
    from .orgs_users_ooo_list_sort_end import OrgsUsersOooListSortEnd
    from .orgs_users_ooo_list_sort_start import OrgsUsersOooListSortStart
    from .output_address_location import OutputAddressLocation, OutputAddressLocationDict
    from .output_integration_location import OutputIntegrationLocation, OutputIntegrationLocationDict
    from .output_integration_location_integration import OutputIntegrationLocationIntegration
    from .output_link_location import OutputLinkLocation, OutputLinkLocationDict
    from .output_organizers_default_app_location import (
        OutputOrganizersDefaultAppLocation,
        OutputOrganizersDefaultAppLocationDict,
    )
    from .output_phone_location import OutputPhoneLocation, OutputPhoneLocationDict
    from .output_unknown_location import OutputUnknownLocation, OutputUnknownLocationDict
    from .pagination_meta_dto import PaginationMetaDto, PaginationMetaDtoDict
    from .phone_field_input import PhoneFieldInput, PhoneFieldInputDict
    from .phone_field_output import PhoneFieldOutput, PhoneFieldOutputDict
    from .platform_o_auth_client_dto import PlatformOAuthClientDto, PlatformOAuthClientDtoDict
    from .platform_o_auth_client_dto_permissions_item import PlatformOAuthClientDtoPermissionsItem
    from .primary import Primary, PrimaryDict
    from .profile_output import ProfileOutput, ProfileOutputDict
    from .radio_group_field_input import RadioGroupFieldInput, RadioGroupFieldInputDict
    from .radio_group_field_output import RadioGroupFieldOutput, RadioGroupFieldOutputDict
    from .range_slots_output import RangeSlotsOutput
    from .range_window import RangeWindow, RangeWindowDict
    from .range_window_type import RangeWindowType
    from .reassign_booking_output import ReassignBookingOutput, ReassignBookingOutputDict
    from .reassign_booking_output_status import ReassignBookingOutputStatus
    from .reassign_to_user_booking_input import ReassignToUserBookingInput, ReassignToUserBookingInputDict
    from .reassigned_to_dto import ReassignedToDto, ReassignedToDtoDict
    from .recording_item import RecordingItem, RecordingItemDict
    from .recurrence import Recurrence, RecurrenceDict
    from .recurrence_frequency import RecurrenceFrequency
    from .recurring_booking_output import RecurringBookingOutput, RecurringBookingOutputDict
    from .recurring_booking_output_booking_fields_responses import RecurringBookingOutputBookingFieldsResponses
    from .recurring_booking_output_metadata import RecurringBookingOutputMetadata
    from .recurring_booking_output_status import RecurringBookingOutputStatus
    from .refresh_api_key_input import RefreshApiKeyInput, RefreshApiKeyInputDict
    from .refresh_api_key_output import RefreshApiKeyOutput, RefreshApiKeyOutputDict
    from .refresh_api_key_output_status import RefreshApiKeyOutputStatus
    from .refresh_token_input import RefreshTokenInput, RefreshTokenInputDict
    from .request_email_verification_input import RequestEmailVerificationInput, RequestEmailVerificationInputDict
    from .request_email_verification_output import RequestEmailVerificationOutput, RequestEmailVerificationOutputDict
    from .request_email_verification_output_status import RequestEmailVerificationOutputStatus
    from .request_phone_verification_input import RequestPhoneVerificationInput, RequestPhoneVerificationInputDict
    from .request_phone_verification_output import RequestPhoneVerificationOutput, RequestPhoneVerificationOutputDict
    from .request_phone_verification_output_status import RequestPhoneVerificationOutputStatus
    from .reschedule_booking_input import RescheduleBookingInput, RescheduleBookingInputDict
    from .reschedule_booking_output import RescheduleBookingOutput, RescheduleBookingOutputDict
    from .reschedule_booking_output_status import RescheduleBookingOutputStatus
    from .reschedule_reason_default_field_input import (
        RescheduleReasonDefaultFieldInput,
        RescheduleReasonDefaultFieldInputDict,
    )
    from .reschedule_reason_default_field_output import (
        RescheduleReasonDefaultFieldOutput,
        RescheduleReasonDefaultFieldOutputDict,
    )
    from .reschedule_seated_booking_input import RescheduleSeatedBookingInput, RescheduleSeatedBookingInputDict
    from .reserve_slot_input import ReserveSlotInput, ReserveSlotInputDict
    from .reserve_slot_output import ReserveSlotOutput, ReserveSlotOutputDict
    from .reserve_slot_output_response import ReserveSlotOutputResponse, ReserveSlotOutputResponseDict
    from .reserve_slot_output_response_status import ReserveSlotOutputResponseStatus
    from .reserved_slot_output import ReservedSlotOutput, ReservedSlotOutputDict
    from .response_slots_output import ResponseSlotsOutput, ResponseSlotsOutputDict
    from .response_slots_output_data import ResponseSlotsOutputData, ResponseSlotsOutputDataDict
    from .response_slots_output_status import ResponseSlotsOutputStatus
    from .routing import Routing, RoutingDict
    from .routing_form_output import RoutingFormOutput, RoutingFormOutputDict
    from .routing_form_output_fields_type_0 import RoutingFormOutputFieldsType0
    from .routing_form_output_routes_type_0 import RoutingFormOutputRoutesType0
    from .routing_form_output_settings_type_0 import RoutingFormOutputSettingsType0
    from .routing_form_response_output import RoutingFormResponseOutput, RoutingFormResponseOutputDict
    from .routing_form_response_output_response import RoutingFormResponseOutputResponse
    from .routing_forms_calculate_slots_based_on_response_format import RoutingFormsCalculateSlotsBasedOnResponseFormat
    from .schedule_availability_input import ScheduleAvailabilityInput, ScheduleAvailabilityInputDict
    from .schedule_availability_input_days_item import ScheduleAvailabilityInputDaysItem
    from .schedule_output import ScheduleOutput, ScheduleOutputDict
    from .schedule_output_legacy import ScheduleOutputLegacy, ScheduleOutputLegacyDict
    from .schedule_output_legacy_date_overrides_item import ScheduleOutputLegacyDateOverridesItem
    from .schedule_override_input import ScheduleOverrideInput, ScheduleOverrideInputDict
    from .seated_attendee import SeatedAttendee, SeatedAttendeeDict
    from .seated_attendee_booking_fields_responses import SeatedAttendeeBookingFieldsResponses
    from .seated_attendee_language import SeatedAttendeeLanguage
    from .seated_attendee_metadata import SeatedAttendeeMetadata
    from .seats import Seats, SeatsDict
    from .select_field_input import SelectFieldInput, SelectFieldInputDict
    from .select_field_output import SelectFieldOutput, SelectFieldOutputDict
    from .selected_calendar_output_dto import SelectedCalendarOutputDto, SelectedCalendarOutputDtoDict
    from .selected_calendar_output_response_dto import (
        SelectedCalendarOutputResponseDto,
        SelectedCalendarOutputResponseDtoDict,
    )
    from .selected_calendar_output_response_dto_status import SelectedCalendarOutputResponseDtoStatus
    from .selected_calendars_input_dto import SelectedCalendarsInputDto, SelectedCalendarsInputDtoDict
    from .set_default_conferencing_app_output_response_dto import (
        SetDefaultConferencingAppOutputResponseDto,
        SetDefaultConferencingAppOutputResponseDtoDict,
    )
    from .set_default_conferencing_app_output_response_dto_status import (
        SetDefaultConferencingAppOutputResponseDtoStatus,
    )
    from .single_select_attribute import SingleSelectAttribute, SingleSelectAttributeDict
    from .slots_delete_reserved_response_200 import SlotsDeleteReservedResponse200
    from .slots_get_response_200 import SlotsGetResponse200, SlotsGetResponse200Dict
    from .slots_get_response_200_status import SlotsGetResponse200Status
    from .slots_output import SlotsOutput
    from .strip_connect_output_dto import StripConnectOutputDto, StripConnectOutputDtoDict
    from .strip_connect_output_response_dto import StripConnectOutputResponseDto, StripConnectOutputResponseDtoDict
    from .strip_connect_output_response_dto_status import StripConnectOutputResponseDtoStatus
    from .strip_credentials_check_output_response_dto import (
        StripCredentialsCheckOutputResponseDto,
        StripCredentialsCheckOutputResponseDtoDict,
    )
    from .strip_credentials_save_output_response_dto import (
        StripCredentialsSaveOutputResponseDto,
        StripCredentialsSaveOutputResponseDtoDict,
    )
    from .team_event_type_output import TeamEventTypeOutput, TeamEventTypeOutputDict
    from .team_event_type_output_booking_limits_count import TeamEventTypeOutputBookingLimitsCount
    from .team_event_type_output_booking_limits_duration import TeamEventTypeOutputBookingLimitsDuration
    from .team_event_type_output_confirmation_policy import TeamEventTypeOutputConfirmationPolicy
    from .team_event_type_output_forward_params_success_redirect_type_0 import (
        TeamEventTypeOutputForwardParamsSuccessRedirectType0,
    )
    from .team_event_type_output_metadata import TeamEventTypeOutputMetadata
    from .team_event_type_output_owner_id_type_0 import TeamEventTypeOutputOwnerIdType0
    from .team_event_type_output_parent_event_type_id_type_0 import TeamEventTypeOutputParentEventTypeIdType0
    from .team_event_type_output_scheduling_type import TeamEventTypeOutputSchedulingType
    from .team_event_type_output_seats_per_time_slot_type_0 import TeamEventTypeOutputSeatsPerTimeSlotType0
    from .team_event_type_output_success_redirect_url_type_0 import TeamEventTypeOutputSuccessRedirectUrlType0
    from .team_event_type_response_host import TeamEventTypeResponseHost, TeamEventTypeResponseHostDict
    from .team_event_type_response_host_priority import TeamEventTypeResponseHostPriority
    from .team_membership_output import TeamMembershipOutput, TeamMembershipOutputDict
    from .team_membership_output_role import TeamMembershipOutputRole
    from .team_output_dto import TeamOutputDto, TeamOutputDtoDict
    from .team_output_dto_metadata import TeamOutputDtoMetadata
    from .team_verified_email_output import TeamVerifiedEmailOutput, TeamVerifiedEmailOutputDict
    from .team_verified_email_output_status import TeamVerifiedEmailOutputStatus
    from .team_verified_emails_output import TeamVerifiedEmailsOutput, TeamVerifiedEmailsOutputDict
    from .team_verified_emails_output_status import TeamVerifiedEmailsOutputStatus
    from .team_verified_phone_output import TeamVerifiedPhoneOutput, TeamVerifiedPhoneOutputDict
    from .team_verified_phone_output_status import TeamVerifiedPhoneOutputStatus
    from .team_verified_phones_output import TeamVerifiedPhonesOutput, TeamVerifiedPhonesOutputDict
    from .team_verified_phones_output_status import TeamVerifiedPhonesOutputStatus
    from .team_webhook_output_dto import TeamWebhookOutputDto, TeamWebhookOutputDtoDict
    from .team_webhook_output_response_dto import TeamWebhookOutputResponseDto, TeamWebhookOutputResponseDtoDict
    from .team_webhook_output_response_dto_status import TeamWebhookOutputResponseDtoStatus
    from .team_webhooks_output_response_dto import TeamWebhooksOutputResponseDto, TeamWebhooksOutputResponseDtoDict
    from .team_webhooks_output_response_dto_status import TeamWebhooksOutputResponseDtoStatus
    from .text_area_field_input import TextAreaFieldInput, TextAreaFieldInputDict
    from .text_area_field_output import TextAreaFieldOutput, TextAreaFieldOutputDict
    from .text_attribute import TextAttribute, TextAttributeDict
    from .text_field_input import TextFieldInput, TextFieldInputDict
    from .text_field_output import TextFieldOutput, TextFieldOutputDict
    from .text_workflow_message_dto import TextWorkflowMessageDto, TextWorkflowMessageDtoDict
    from .time_based_private_link_output import TimeBasedPrivateLinkOutput, TimeBasedPrivateLinkOutputDict
    from .title_default_field_input import TitleDefaultFieldInput, TitleDefaultFieldInputDict
    from .title_default_field_output import TitleDefaultFieldOutput, TitleDefaultFieldOutputDict
    from .unassign_option_user_output import UnassignOptionUserOutput, UnassignOptionUserOutputDict
    from .unassign_option_user_output_status import UnassignOptionUserOutputStatus
    from .unified_calendar_event_output import UnifiedCalendarEventOutput, UnifiedCalendarEventOutputDict
    from .unified_calendar_event_output_end import UnifiedCalendarEventOutputEnd, UnifiedCalendarEventOutputEndDict
    from .unified_calendar_event_output_start import (
        UnifiedCalendarEventOutputStart,
        UnifiedCalendarEventOutputStartDict,
    )
    from .update_attribute_option_output import UpdateAttributeOptionOutput, UpdateAttributeOptionOutputDict
    from .update_attribute_option_output_status import UpdateAttributeOptionOutputStatus
    from .update_calendar_event_attendee import UpdateCalendarEventAttendee, UpdateCalendarEventAttendeeDict
    from .update_delegation_credential_input import UpdateDelegationCredentialInput, UpdateDelegationCredentialInputDict
    from .update_delegation_credential_output import (
        UpdateDelegationCredentialOutput,
        UpdateDelegationCredentialOutputDict,
    )
    from .update_delegation_credential_output_status import UpdateDelegationCredentialOutputStatus
    from .update_email_address_workflow_step_dto import (
        UpdateEmailAddressWorkflowStepDto,
        UpdateEmailAddressWorkflowStepDtoDict,
    )
    from .update_email_address_workflow_step_dto_action import UpdateEmailAddressWorkflowStepDtoAction
    from .update_email_address_workflow_step_dto_recipient import UpdateEmailAddressWorkflowStepDtoRecipient
    from .update_email_address_workflow_step_dto_template import UpdateEmailAddressWorkflowStepDtoTemplate
    from .update_email_attendee_workflow_step_dto import (
        UpdateEmailAttendeeWorkflowStepDto,
        UpdateEmailAttendeeWorkflowStepDtoDict,
    )
    from .update_email_attendee_workflow_step_dto_action import UpdateEmailAttendeeWorkflowStepDtoAction
    from .update_email_attendee_workflow_step_dto_recipient import UpdateEmailAttendeeWorkflowStepDtoRecipient
    from .update_email_attendee_workflow_step_dto_template import UpdateEmailAttendeeWorkflowStepDtoTemplate
    from .update_email_host_workflow_step_dto import UpdateEmailHostWorkflowStepDto, UpdateEmailHostWorkflowStepDtoDict
    from .update_email_host_workflow_step_dto_action import UpdateEmailHostWorkflowStepDtoAction
    from .update_email_host_workflow_step_dto_recipient import UpdateEmailHostWorkflowStepDtoRecipient
    from .update_email_host_workflow_step_dto_template import UpdateEmailHostWorkflowStepDtoTemplate
    from .update_event_type_input import UpdateEventTypeInput, UpdateEventTypeInputDict
    from .update_event_type_output import UpdateEventTypeOutput, UpdateEventTypeOutputDict
    from .update_event_type_output_status import UpdateEventTypeOutputStatus
    from .update_managed_user_input import UpdateManagedUserInput, UpdateManagedUserInputDict
    from .update_managed_user_input_locale import UpdateManagedUserInputLocale
    from .update_managed_user_input_metadata import UpdateManagedUserInputMetadata
    from .update_managed_user_input_time_format import UpdateManagedUserInputTimeFormat
    from .update_managed_user_input_week_start import UpdateManagedUserInputWeekStart
    from .update_me_output import UpdateMeOutput, UpdateMeOutputDict
    from .update_me_output_status import UpdateMeOutputStatus
    from .update_o_auth_client_input import UpdateOAuthClientInput, UpdateOAuthClientInputDict
    from .update_org_membership import UpdateOrgMembership, UpdateOrgMembershipDict
    from .update_org_membership_dto import UpdateOrgMembershipDto, UpdateOrgMembershipDtoDict
    from .update_org_membership_dto_role import UpdateOrgMembershipDtoRole
    from .update_org_membership_status import UpdateOrgMembershipStatus
    from .update_org_team_dto import UpdateOrgTeamDto, UpdateOrgTeamDtoDict
    from .update_org_team_dto_metadata import UpdateOrgTeamDtoMetadata
    from .update_org_team_membership_dto import UpdateOrgTeamMembershipDto, UpdateOrgTeamMembershipDtoDict
    from .update_org_team_membership_dto_role import UpdateOrgTeamMembershipDtoRole
    from .update_organization_attribute_input import (
        UpdateOrganizationAttributeInput,
        UpdateOrganizationAttributeInputDict,
    )
    from .update_organization_attribute_input_type import UpdateOrganizationAttributeInputType
    from .update_organization_attribute_option_input import (
        UpdateOrganizationAttributeOptionInput,
        UpdateOrganizationAttributeOptionInputDict,
    )
    from .update_organization_attributes_output import (
        UpdateOrganizationAttributesOutput,
        UpdateOrganizationAttributesOutputDict,
    )
    from .update_organization_attributes_output_status import UpdateOrganizationAttributesOutputStatus
    from .update_organization_input import UpdateOrganizationInput, UpdateOrganizationInputDict
    from .update_organization_input_metadata import UpdateOrganizationInputMetadata
    from .update_organization_user_input import UpdateOrganizationUserInput
    from .update_out_of_office_entry_dto import UpdateOutOfOfficeEntryDto, UpdateOutOfOfficeEntryDtoDict
    from .update_out_of_office_entry_dto_reason import UpdateOutOfOfficeEntryDtoReason
    from .update_phone_attendee_workflow_step_dto import (
        UpdatePhoneAttendeeWorkflowStepDto,
        UpdatePhoneAttendeeWorkflowStepDtoDict,
    )
    from .update_phone_attendee_workflow_step_dto_action import UpdatePhoneAttendeeWorkflowStepDtoAction
    from .update_phone_attendee_workflow_step_dto_recipient import UpdatePhoneAttendeeWorkflowStepDtoRecipient
    from .update_phone_attendee_workflow_step_dto_template import UpdatePhoneAttendeeWorkflowStepDtoTemplate
    from .update_phone_number_workflow_step_dto import (
        UpdatePhoneNumberWorkflowStepDto,
        UpdatePhoneNumberWorkflowStepDtoDict,
    )
    from .update_phone_number_workflow_step_dto_action import UpdatePhoneNumberWorkflowStepDtoAction
    from .update_phone_number_workflow_step_dto_recipient import UpdatePhoneNumberWorkflowStepDtoRecipient
    from .update_phone_number_workflow_step_dto_template import UpdatePhoneNumberWorkflowStepDtoTemplate
    from .update_phone_whats_app_number_workflow_step_dto import (
        UpdatePhoneWhatsAppNumberWorkflowStepDto,
        UpdatePhoneWhatsAppNumberWorkflowStepDtoDict,
    )
    from .update_phone_whats_app_number_workflow_step_dto_action import UpdatePhoneWhatsAppNumberWorkflowStepDtoAction
    from .update_phone_whats_app_number_workflow_step_dto_recipient import (
        UpdatePhoneWhatsAppNumberWorkflowStepDtoRecipient,
    )
    from .update_phone_whats_app_number_workflow_step_dto_template import (
        UpdatePhoneWhatsAppNumberWorkflowStepDtoTemplate,
    )
    from .update_private_link_body import UpdatePrivateLinkBody, UpdatePrivateLinkBodyDict
    from .update_private_link_output import UpdatePrivateLinkOutput, UpdatePrivateLinkOutputDict
    from .update_routing_form_response_input import UpdateRoutingFormResponseInput, UpdateRoutingFormResponseInputDict
    from .update_routing_form_response_input_response import UpdateRoutingFormResponseInputResponse
    from .update_routing_form_response_output import (
        UpdateRoutingFormResponseOutput,
        UpdateRoutingFormResponseOutputDict,
    )
    from .update_routing_form_response_output_status import UpdateRoutingFormResponseOutputStatus
    from .update_schedule_input import UpdateScheduleInput, UpdateScheduleInputDict
    from .update_schedule_output import UpdateScheduleOutput, UpdateScheduleOutputDict
    from .update_schedule_output_error import UpdateScheduleOutputError
    from .update_schedule_output_status import UpdateScheduleOutputStatus
    from .update_team_event_type_input import UpdateTeamEventTypeInput, UpdateTeamEventTypeInputDict
    from .update_team_event_type_output import UpdateTeamEventTypeOutput, UpdateTeamEventTypeOutputDict
    from .update_team_event_type_output_status import UpdateTeamEventTypeOutputStatus
    from .update_team_membership_input import UpdateTeamMembershipInput, UpdateTeamMembershipInputDict
    from .update_team_membership_input_role import UpdateTeamMembershipInputRole
    from .update_team_membership_output import UpdateTeamMembershipOutput, UpdateTeamMembershipOutputDict
    from .update_team_membership_output_status import UpdateTeamMembershipOutputStatus
    from .update_team_output import UpdateTeamOutput, UpdateTeamOutputDict
    from .update_team_output_status import UpdateTeamOutputStatus
    from .update_unified_calendar_event_input import (
        UpdateUnifiedCalendarEventInput,
        UpdateUnifiedCalendarEventInputDict,
    )
    from .update_unified_calendar_event_input_end import (
        UpdateUnifiedCalendarEventInputEnd,
        UpdateUnifiedCalendarEventInputEndDict,
    )
    from .update_unified_calendar_event_input_start import (
        UpdateUnifiedCalendarEventInputStart,
        UpdateUnifiedCalendarEventInputStartDict,
    )
    from .update_webhook_input_dto import UpdateWebhookInputDto, UpdateWebhookInputDtoDict
    from .update_webhook_input_dto_triggers_item import UpdateWebhookInputDtoTriggersItem
    from .update_whats_app_attendee_phone_workflow_step_dto import (
        UpdateWhatsAppAttendeePhoneWorkflowStepDto,
        UpdateWhatsAppAttendeePhoneWorkflowStepDtoDict,
    )
    from .update_whats_app_attendee_phone_workflow_step_dto_action import (
        UpdateWhatsAppAttendeePhoneWorkflowStepDtoAction,
    )
    from .update_whats_app_attendee_phone_workflow_step_dto_recipient import (
        UpdateWhatsAppAttendeePhoneWorkflowStepDtoRecipient,
    )
    from .update_whats_app_attendee_phone_workflow_step_dto_template import (
        UpdateWhatsAppAttendeePhoneWorkflowStepDtoTemplate,
    )
    from .update_workflow_dto import UpdateWorkflowDto, UpdateWorkflowDtoDict
    from .url_field_input import UrlFieldInput, UrlFieldInputDict
    from .url_field_output import UrlFieldOutput, UrlFieldOutputDict
    from .usage_based_private_link_output import UsageBasedPrivateLinkOutput, UsageBasedPrivateLinkOutputDict
    from .user_verified_email_output import UserVerifiedEmailOutput, UserVerifiedEmailOutputDict
    from .user_verified_email_output_status import UserVerifiedEmailOutputStatus
    from .user_verified_emails_output import UserVerifiedEmailsOutput, UserVerifiedEmailsOutputDict
    from .user_verified_emails_output_status import UserVerifiedEmailsOutputStatus
    from .user_verified_phone_output import UserVerifiedPhoneOutput, UserVerifiedPhoneOutputDict
    from .user_verified_phone_output_status import UserVerifiedPhoneOutputStatus
    from .user_verified_phones_output import UserVerifiedPhonesOutput, UserVerifiedPhonesOutputDict
    from .user_verified_phones_output_status import UserVerifiedPhonesOutputStatus
    from .user_webhook_output_dto import UserWebhookOutputDto, UserWebhookOutputDtoDict
    from .user_webhook_output_response_dto import UserWebhookOutputResponseDto, UserWebhookOutputResponseDtoDict
    from .user_webhook_output_response_dto_status import UserWebhookOutputResponseDtoStatus
    from .user_webhooks_output_response_dto import UserWebhooksOutputResponseDto, UserWebhooksOutputResponseDtoDict
    from .user_webhooks_output_response_dto_status import UserWebhooksOutputResponseDtoStatus
    from .validate_booking_location import ValidateBookingLocation
    from .verify_email_input import VerifyEmailInput, VerifyEmailInputDict
    from .verify_phone_input import VerifyPhoneInput, VerifyPhoneInputDict
    from .workflow_activation_dto import WorkflowActivationDto, WorkflowActivationDtoDict
    from .workflow_activation_output_dto import WorkflowActivationOutputDto, WorkflowActivationOutputDtoDict
    from .workflow_email_address_step_dto import WorkflowEmailAddressStepDto, WorkflowEmailAddressStepDtoDict
    from .workflow_email_address_step_dto_action import WorkflowEmailAddressStepDtoAction
    from .workflow_email_address_step_dto_recipient import WorkflowEmailAddressStepDtoRecipient
    from .workflow_email_address_step_dto_template import WorkflowEmailAddressStepDtoTemplate
    from .workflow_email_attendee_step_dto import WorkflowEmailAttendeeStepDto, WorkflowEmailAttendeeStepDtoDict
    from .workflow_email_attendee_step_dto_action import WorkflowEmailAttendeeStepDtoAction
    from .workflow_email_attendee_step_dto_recipient import WorkflowEmailAttendeeStepDtoRecipient
    from .workflow_email_attendee_step_dto_template import WorkflowEmailAttendeeStepDtoTemplate
    from .workflow_email_host_step_dto import WorkflowEmailHostStepDto, WorkflowEmailHostStepDtoDict
    from .workflow_email_host_step_dto_action import WorkflowEmailHostStepDtoAction
    from .workflow_email_host_step_dto_recipient import WorkflowEmailHostStepDtoRecipient
    from .workflow_email_host_step_dto_template import WorkflowEmailHostStepDtoTemplate
    from .workflow_message_output_dto import WorkflowMessageOutputDto, WorkflowMessageOutputDtoDict
    from .workflow_output import WorkflowOutput, WorkflowOutputDict
    from .workflow_phone_attendee_step_dto import WorkflowPhoneAttendeeStepDto, WorkflowPhoneAttendeeStepDtoDict
    from .workflow_phone_attendee_step_dto_action import WorkflowPhoneAttendeeStepDtoAction
    from .workflow_phone_attendee_step_dto_recipient import WorkflowPhoneAttendeeStepDtoRecipient
    from .workflow_phone_attendee_step_dto_template import WorkflowPhoneAttendeeStepDtoTemplate
    from .workflow_phone_number_step_dto import WorkflowPhoneNumberStepDto, WorkflowPhoneNumberStepDtoDict
    from .workflow_phone_number_step_dto_action import WorkflowPhoneNumberStepDtoAction
    from .workflow_phone_number_step_dto_recipient import WorkflowPhoneNumberStepDtoRecipient
    from .workflow_phone_number_step_dto_template import WorkflowPhoneNumberStepDtoTemplate
    from .workflow_phone_whats_app_attendee_step_dto import (
        WorkflowPhoneWhatsAppAttendeeStepDto,
        WorkflowPhoneWhatsAppAttendeeStepDtoDict,
    )
    from .workflow_phone_whats_app_attendee_step_dto_action import WorkflowPhoneWhatsAppAttendeeStepDtoAction
    from .workflow_phone_whats_app_attendee_step_dto_recipient import WorkflowPhoneWhatsAppAttendeeStepDtoRecipient
    from .workflow_phone_whats_app_attendee_step_dto_template import WorkflowPhoneWhatsAppAttendeeStepDtoTemplate
    from .workflow_phone_whats_app_number_step_dto import (
        WorkflowPhoneWhatsAppNumberStepDto,
        WorkflowPhoneWhatsAppNumberStepDtoDict,
    )
    from .workflow_phone_whats_app_number_step_dto_action import WorkflowPhoneWhatsAppNumberStepDtoAction
    from .workflow_phone_whats_app_number_step_dto_recipient import WorkflowPhoneWhatsAppNumberStepDtoRecipient
    from .workflow_phone_whats_app_number_step_dto_template import WorkflowPhoneWhatsAppNumberStepDtoTemplate
    from .workflow_step_output_dto import WorkflowStepOutputDto, WorkflowStepOutputDtoDict
    from .workflow_step_output_dto_action import WorkflowStepOutputDtoAction
    from .workflow_step_output_dto_recipient import WorkflowStepOutputDtoRecipient
    from .workflow_step_output_dto_template import WorkflowStepOutputDtoTemplate
    from .workflow_trigger_offset_dto import WorkflowTriggerOffsetDto, WorkflowTriggerOffsetDtoDict
    from .workflow_trigger_offset_dto_unit import WorkflowTriggerOffsetDtoUnit
    from .workflow_trigger_offset_output_dto import WorkflowTriggerOffsetOutputDto, WorkflowTriggerOffsetOutputDtoDict
    from .workflow_trigger_offset_output_dto_unit import WorkflowTriggerOffsetOutputDtoUnit
    from .workflow_trigger_output_dto import WorkflowTriggerOutputDto, WorkflowTriggerOutputDtoDict
    from .workflow_trigger_output_dto_type import WorkflowTriggerOutputDtoType
    from .working_hours import WorkingHours, WorkingHoursDict
    from .workspace_platform_dto import WorkspacePlatformDto, WorkspacePlatformDtoDict

_MODULES: dict[str, str] = {
    "AddressFieldInput": "address_field_input",
    "AddressFieldInputDict": "address_field_input",
    "AddressFieldOutput": "address_field_output",
    "AddressFieldOutputDict": "address_field_output",
    "ApiKeyOutput": "api_key_output",
    "ApiKeyOutputDict": "api_key_output",
    "AssignOptionUserOutput": "assign_option_user_output",
    "AssignOptionUserOutputData": "assign_option_user_output_data",
    "AssignOptionUserOutputDataDict": "assign_option_user_output_data",
    "AssignOptionUserOutputDict": "assign_option_user_output",
    "AssignOptionUserOutputStatus": "assign_option_user_output_status",
    "AssignOrganizationAttributeOptionToUserInput": "assign_organization_attribute_option_to_user_input",
    "AssignOrganizationAttributeOptionToUserInputDict": "assign_organization_attribute_option_to_user_input",
    "AssignedOptionOutput": "assigned_option_output",
    "AssignedOptionOutputDict": "assigned_option_output",
    "Attribute": "attribute",
    "AttributeDict": "attribute",
    "AttributeType": "attribute_type",
    "AvailabilityModel": "availability_model",
    "AvailabilityModelDict": "availability_model",
    "AvailableSlot": "available_slot",
    "AvailableSlotDict": "available_slot",
    "AvailableSlotsByDate": "available_slots_by_date",
    "BaseAttribute": "base_attribute",
    "BaseAttributeDict": "base_attribute",
    "BaseBookingLimitsCount": "base_booking_limits_count",
    "BaseBookingLimitsCountDict": "base_booking_limits_count",
    "BaseBookingLimitsDuration": "base_booking_limits_duration",
    "BaseBookingLimitsDurationDict": "base_booking_limits_duration",
    "BaseConfirmationPolicy": "base_confirmation_policy",
    "BaseConfirmationPolicyDict": "base_confirmation_policy",
    "BaseConfirmationPolicyType": "base_confirmation_policy_type",
    "BaseWorkflowTriggerDto": "base_workflow_trigger_dto",
    "BaseWorkflowTriggerDtoDict": "base_workflow_trigger_dto",
    "BaseWorkflowTriggerDtoType": "base_workflow_trigger_dto_type",
    "BookerLayouts": "booker_layouts",
    "BookerLayoutsDefaultLayout": "booker_layouts_default_layout",
    "BookerLayoutsDict": "booker_layouts",
    "BookerLayoutsEnabledLayoutsItem": "booker_layouts_enabled_layouts_item",
    "BookingAttendee": "booking_attendee",
    "BookingAttendeeDict": "booking_attendee",
    "BookingAttendeeLanguage": "booking_attendee_language",
    "BookingHost": "booking_host",
    "BookingHostDict": "booking_host",
    "BookingInputAddressLocation": "booking_input_address_location",
    "BookingInputAddressLocationDict": "booking_input_address_location",
    "BookingInputAttendeeAddressLocation": "booking_input_attendee_address_location",
    "BookingInputAttendeeAddressLocationDict": "booking_input_attendee_address_location",
    "BookingInputAttendeeDefinedLocation": "booking_input_attendee_defined_location",
    "BookingInputAttendeeDefinedLocationDict": "booking_input_attendee_defined_location",
    "BookingInputAttendeePhoneLocation": "booking_input_attendee_phone_location",
    "BookingInputAttendeePhoneLocationDict": "booking_input_attendee_phone_location",
    "BookingInputIntegrationLocation": "booking_input_integration_location",
    "BookingInputIntegrationLocationDict": "booking_input_integration_location",
    "BookingInputIntegrationLocationIntegration": "booking_input_integration_location_integration",
    "BookingInputLinkLocation": "booking_input_link_location",
    "BookingInputLinkLocationDict": "booking_input_link_location",
    "BookingInputOrganizersDefaultAppLocation": "booking_input_organizers_default_app_location",
    "BookingInputOrganizersDefaultAppLocationDict": "booking_input_organizers_default_app_location",
    "BookingInputPhoneLocation": "booking_input_phone_location",
    "BookingInputPhoneLocationDict": "booking_input_phone_location",
    "BookingOutput": "booking_output",
    "BookingOutputBookingFieldsResponses": "booking_output_booking_fields_responses",
    "BookingOutputDict": "booking_output",
    "BookingOutputMetadata": "booking_output_metadata",
    "BookingOutputStatus": "booking_output_status",
    "BookingReference": "booking_reference",
    "BookingReferenceDict": "booking_reference",
    "BookingReferencesOutput": "booking_references_output",
    "BookingReferencesOutputDict": "booking_references_output",
    "BookingsGetReferencesType": "bookings_get_references_type",
    "BookingsListSortCreated": "bookings_list_sort_created",
    "BookingsListSortEnd": "bookings_list_sort_end",
    "BookingsListSortStart": "bookings_list_sort_start",
    "BookingsListSortUpdatedAt": "bookings_list_sort_updated_at",
    "BookingsListStatusItem": "bookings_list_status_item",
    "BooleanFieldInput": "boolean_field_input",
    "BooleanFieldInputDict": "boolean_field_input",
    "BooleanFieldOutput": "boolean_field_output",
    "BooleanFieldOutputDict": "boolean_field_output",
    "BusinessDaysWindow": "business_days_window",
    "BusinessDaysWindowDict": "business_days_window",
    "BusinessDaysWindowType": "business_days_window_type",
    "BusyTimesOutput": "busy_times_output",
    "BusyTimesOutputDict": "busy_times_output",
    "CalUnifiedCalendarsGetCalendarEventDetailsCalendar": "cal_unified_calendars_get_calendar_event_details_calendar",
    "CalUnifiedCalendarsUpdateCalendarEventCalendar": "cal_unified_calendars_update_calendar_event_calendar",
    "CalVideoSettings": "cal_video_settings",
    "CalVideoSettingsDict": "cal_video_settings",
    "CalVideoSettingsRedirectUrlOnExit": "cal_video_settings_redirect_url_on_exit",
    "Calendar": "calendar",
    "CalendarDaysWindow": "calendar_days_window",
    "CalendarDaysWindowDict": "calendar_days_window",
    "CalendarDaysWindowType": "calendar_days_window_type",
    "CalendarDict": "calendar",
    "CalendarEventAttendee": "calendar_event_attendee",
    "CalendarEventAttendeeDict": "calendar_event_attendee",
    "CalendarEventHost": "calendar_event_host",
    "CalendarEventHostDict": "calendar_event_host",
    "CalendarEventMoreLocation": "calendar_event_more_location",
    "CalendarEventMoreLocationDict": "calendar_event_more_location",
    "CalendarEventMoreLocationType": "calendar_event_more_location_type",
    "CalendarEventOwner": "calendar_event_owner",
    "CalendarEventOwnerDict": "calendar_event_owner",
    "CalendarEventPhoneLocation": "calendar_event_phone_location",
    "CalendarEventPhoneLocationDict": "calendar_event_phone_location",
    "CalendarEventPhoneLocationType": "calendar_event_phone_location_type",
    "CalendarEventResponseStatus": "calendar_event_response_status",
    "CalendarEventSipLocation": "calendar_event_sip_location",
    "CalendarEventSipLocationDict": "calendar_event_sip_location",
    "CalendarEventSipLocationType": "calendar_event_sip_location_type",
    "CalendarEventStatus": "calendar_event_status",
    "CalendarEventVideoLocation": "calendar_event_video_location",
    "CalendarEventVideoLocationDict": "calendar_event_video_location",
    "CalendarEventVideoLocationType": "calendar_event_video_location_type",
    "CalendarLink": "calendar_link",
    "CalendarLinkDict": "calendar_link",
    "CalendarLinksOutput": "calendar_links_output",
    "CalendarLinksOutputDict": "calendar_links_output",
    "CalendarSource": "calendar_source",
    "CalendarToLoad": "calendar_to_load",
    "CalendarToLoadDict": "calendar_to_load",
    "CalendarsCheckCalendar": "calendars_check_calendar",
    "CalendarsCheckIcsFeedResponse200": "calendars_check_ics_feed_response_200",
    "CalendarsCheckResponse200": "calendars_check_response_200",
    "CalendarsDeleteCredentialsCalendar": "calendars_delete_credentials_calendar",
    "CalendarsRedirectCalendar": "calendars_redirect_calendar",
    "CalendarsRedirectResponse200": "calendars_redirect_response_200",
    "CalendarsSaveCalendar": "calendars_save_calendar",
    "CalendarsSyncCredentialsCalendar": "calendars_sync_credentials_calendar",
    "CancelBookingInput": "cancel_booking_input",
    "CancelBookingInputDict": "cancel_booking_input",
    "CancelBookingOutput": "cancel_booking_output",
    "CancelBookingOutputDict": "cancel_booking_output",
    "CancelBookingOutputStatus": "cancel_booking_output_status",
    "CancelSeatedBookingInput": "cancel_seated_booking_input",
    "CancelSeatedBookingInputDict": "cancel_seated_booking_input",
    "CheckboxGroupFieldInput": "checkbox_group_field_input",
    "CheckboxGroupFieldInputDict": "checkbox_group_field_input",
    "CheckboxGroupFieldOutput": "checkbox_group_field_output",
    "CheckboxGroupFieldOutputDict": "checkbox_group_field_output",
    "ConferencingAppOutputResponseDto": "conferencing_app_output_response_dto",
    "ConferencingAppOutputResponseDtoDict": "conferencing_app_output_response_dto",
    "ConferencingAppOutputResponseDtoStatus": "conferencing_app_output_response_dto_status",
    "ConferencingAppsOutputDto": "conferencing_apps_output_dto",
    "ConferencingAppsOutputDtoDict": "conferencing_apps_output_dto",
    "ConferencingAppsOutputResponseDto": "conferencing_apps_output_response_dto",
    "ConferencingAppsOutputResponseDtoDict": "conferencing_apps_output_response_dto",
    "ConferencingAppsOutputResponseDtoStatus": "conferencing_apps_output_response_dto_status",
    "ConferencingConnectApp": "conferencing_connect_app",
    "ConferencingDefaultApp": "conferencing_default_app",
    "ConferencingDisconnectApp": "conferencing_disconnect_app",
    "ConferencingRedirectApp": "conferencing_redirect_app",
    "ConferencingSaveApp": "conferencing_save_app",
    "ConnectedCalendar": "connected_calendar",
    "ConnectedCalendarDict": "connected_calendar",
    "ConnectedCalendarsData": "connected_calendars_data",
    "ConnectedCalendarsDataDict": "connected_calendars_data",
    "ConnectedCalendarsOutput": "connected_calendars_output",
    "ConnectedCalendarsOutputDict": "connected_calendars_output",
    "ConnectedCalendarsOutputStatus": "connected_calendars_output_status",
    "CreateAttributeOptionOutput": "create_attribute_option_output",
    "CreateAttributeOptionOutputDict": "create_attribute_option_output",
    "CreateAttributeOptionOutputStatus": "create_attribute_option_output_status",
    "CreateBookingAttendee": "create_booking_attendee",
    "CreateBookingAttendeeDict": "create_booking_attendee",
    "CreateBookingAttendeeLanguage": "create_booking_attendee_language",
    "CreateBookingInput": "create_booking_input",
    "CreateBookingInputBookingFieldsResponses": "create_booking_input_booking_fields_responses",
    "CreateBookingInputDict": "create_booking_input",
    "CreateBookingInputMetadata": "create_booking_input_metadata",
    "CreateBookingOutput": "create_booking_output",
    "CreateBookingOutputDict": "create_booking_output",
    "CreateBookingOutputStatus": "create_booking_output_status",
    "CreateCalendarCredentialsInput": "create_calendar_credentials_input",
    "CreateCalendarCredentialsInputDict": "create_calendar_credentials_input",
    "CreateDelegationCredentialInput": "create_delegation_credential_input",
    "CreateDelegationCredentialInputDict": "create_delegation_credential_input",
    "CreateDelegationCredentialOutput": "create_delegation_credential_output",
    "CreateDelegationCredentialOutputDict": "create_delegation_credential_output",
    "CreateDelegationCredentialOutputStatus": "create_delegation_credential_output_status",
    "CreateEventTypeInput": "create_event_type_input",
    "CreateEventTypeInputDict": "create_event_type_input",
    "CreateEventTypeOutput": "create_event_type_output",
    "CreateEventTypeOutputDict": "create_event_type_output",
    "CreateEventTypeOutputStatus": "create_event_type_output_status",
    "CreateIcsFeedInputDto": "create_ics_feed_input_dto",
    "CreateIcsFeedInputDtoDict": "create_ics_feed_input_dto",
    "CreateIcsFeedOutput": "create_ics_feed_output",
    "CreateIcsFeedOutputDict": "create_ics_feed_output",
    "CreateIcsFeedOutputResponseDto": "create_ics_feed_output_response_dto",
    "CreateIcsFeedOutputResponseDtoDict": "create_ics_feed_output_response_dto",
    "CreateIcsFeedOutputResponseDtoStatus": "create_ics_feed_output_response_dto_status",
    "CreateInstantBookingInput": "create_instant_booking_input",
    "CreateInstantBookingInputBookingFieldsResponses": "create_instant_booking_input_booking_fields_responses",
    "CreateInstantBookingInputDict": "create_instant_booking_input",
    "CreateInstantBookingInputMetadata": "create_instant_booking_input_metadata",
    "CreateInviteOutputDto": "create_invite_output_dto",
    "CreateInviteOutputDtoDict": "create_invite_output_dto",
    "CreateManagedOrganizationOutput": "create_managed_organization_output",
    "CreateManagedOrganizationOutputDict": "create_managed_organization_output",
    "CreateManagedOrganizationOutputStatus": "create_managed_organization_output_status",
    "CreateManagedUserData": "create_managed_user_data",
    "CreateManagedUserDataDict": "create_managed_user_data",
    "CreateManagedUserInput": "create_managed_user_input",
    "CreateManagedUserInputDict": "create_managed_user_input",
    "CreateManagedUserInputLocale": "create_managed_user_input_locale",
    "CreateManagedUserInputMetadata": "create_managed_user_input_metadata",
    "CreateManagedUserInputTimeFormat": "create_managed_user_input_time_format",
    "CreateManagedUserInputWeekStart": "create_managed_user_input_week_start",
    "CreateManagedUserOutput": "create_managed_user_output",
    "CreateManagedUserOutputDict": "create_managed_user_output",
    "CreateManagedUserOutputError": "create_managed_user_output_error",
    "CreateManagedUserOutputStatus": "create_managed_user_output_status",
    "CreateOAuthClientInput": "create_o_auth_client_input",
    "CreateOAuthClientInputDict": "create_o_auth_client_input",
    "CreateOAuthClientInputPermissionsItem": "create_o_auth_client_input_permissions_item",
    "CreateOAuthClientOutput": "create_o_auth_client_output",
    "CreateOAuthClientOutputDict": "create_o_auth_client_output",
    "CreateOAuthClientResponseDto": "create_o_auth_client_response_dto",
    "CreateOAuthClientResponseDtoDict": "create_o_auth_client_response_dto",
    "CreateOAuthClientResponseDtoStatus": "create_o_auth_client_response_dto_status",
    "CreateOrgMembershipDto": "create_org_membership_dto",
    "CreateOrgMembershipDtoDict": "create_org_membership_dto",
    "CreateOrgMembershipDtoRole": "create_org_membership_dto_role",
    "CreateOrgMembershipOutput": "create_org_membership_output",
    "CreateOrgMembershipOutputDict": "create_org_membership_output",
    "CreateOrgMembershipOutputStatus": "create_org_membership_output_status",
    "CreateOrgTeamDto": "create_org_team_dto",
    "CreateOrgTeamDtoDict": "create_org_team_dto",
    "CreateOrgTeamDtoMetadata": "create_org_team_dto_metadata",
    "CreateOrgTeamMembershipDto": "create_org_team_membership_dto",
    "CreateOrgTeamMembershipDtoDict": "create_org_team_membership_dto",
    "CreateOrgTeamMembershipDtoRole": "create_org_team_membership_dto_role",
    "CreateOrganizationAttributeInput": "create_organization_attribute_input",
    "CreateOrganizationAttributeInputDict": "create_organization_attribute_input",
    "CreateOrganizationAttributeInputType": "create_organization_attribute_input_type",
    "CreateOrganizationAttributeOptionInput": "create_organization_attribute_option_input",
    "CreateOrganizationAttributeOptionInputDict": "create_organization_attribute_option_input",
    "CreateOrganizationAttributesOutput": "create_organization_attributes_output",
    "CreateOrganizationAttributesOutputDict": "create_organization_attributes_output",
    "CreateOrganizationAttributesOutputStatus": "create_organization_attributes_output_status",
    "CreateOrganizationInput": "create_organization_input",
    "CreateOrganizationInputDict": "create_organization_input",
    "CreateOrganizationInputMetadata": "create_organization_input_metadata",
    "CreateOrganizationUserInput": "create_organization_user_input",
    "CreateOrganizationUserInputDict": "create_organization_user_input",
    "CreateOrganizationUserInputMetadata": "create_organization_user_input_metadata",
    "CreateOrganizationUserInputOrganizationRole": "create_organization_user_input_organization_role",
    "CreateOutOfOfficeEntryDto": "create_out_of_office_entry_dto",
    "CreateOutOfOfficeEntryDtoDict": "create_out_of_office_entry_dto",
    "CreateOutOfOfficeEntryDtoReason": "create_out_of_office_entry_dto_reason",
    "CreatePhoneCallInput": "create_phone_call_input",
    "CreatePhoneCallInputDict": "create_phone_call_input",
    "CreatePhoneCallInputTemplateType": "create_phone_call_input_template_type",
    "CreatePhoneCallOutput": "create_phone_call_output",
    "CreatePhoneCallOutputDict": "create_phone_call_output",
    "CreatePhoneCallOutputStatus": "create_phone_call_output_status",
    "CreatePrivateLinkInput": "create_private_link_input",
    "CreatePrivateLinkInputDict": "create_private_link_input",
    "CreatePrivateLinkOutput": "create_private_link_output",
    "CreatePrivateLinkOutputDict": "create_private_link_output",
    "CreateRecurringBookingInput": "create_recurring_booking_input",
    "CreateRecurringBookingInputBookingFieldsResponses": "create_recurring_booking_input_booking_fields_responses",
    "CreateRecurringBookingInputDict": "create_recurring_booking_input",
    "CreateRecurringBookingInputMetadata": "create_recurring_booking_input_metadata",
    "CreateRecurringSeatedBookingOutput": "create_recurring_seated_booking_output",
    "CreateRecurringSeatedBookingOutputDict": "create_recurring_seated_booking_output",
    "CreateRecurringSeatedBookingOutputMetadata": "create_recurring_seated_booking_output_metadata",
    "CreateRecurringSeatedBookingOutputStatus": "create_recurring_seated_booking_output_status",
    "CreateRoutingFormResponseOutput": "create_routing_form_response_output",
    "CreateRoutingFormResponseOutputData": "create_routing_form_response_output_data",
    "CreateRoutingFormResponseOutputDataDict": "create_routing_form_response_output_data",
    "CreateRoutingFormResponseOutputDict": "create_routing_form_response_output",
    "CreateRoutingFormResponseOutputStatus": "create_routing_form_response_output_status",
    "CreateScheduleInput": "create_schedule_input",
    "CreateScheduleInputDict": "create_schedule_input",
    "CreateScheduleOutput": "create_schedule_output",
    "CreateScheduleOutputDict": "create_schedule_output",
    "CreateScheduleOutputStatus": "create_schedule_output_status",
    "CreateSeatedBookingOutput": "create_seated_booking_output",
    "CreateSeatedBookingOutputDict": "create_seated_booking_output",
    "CreateSeatedBookingOutputMetadata": "create_seated_booking_output_metadata",
    "CreateSeatedBookingOutputStatus": "create_seated_booking_output_status",
    "CreateTeamEventTypeInput": "create_team_event_type_input",
    "CreateTeamEventTypeInputDict": "create_team_event_type_input",
    "CreateTeamEventTypeInputSchedulingType": "create_team_event_type_input_scheduling_type",
    "CreateTeamEventTypeOutput": "create_team_event_type_output",
    "CreateTeamEventTypeOutputDict": "create_team_event_type_output",
    "CreateTeamEventTypeOutputStatus": "create_team_event_type_output_status",
    "CreateTeamInput": "create_team_input",
    "CreateTeamInputDict": "create_team_input",
    "CreateTeamInputMetadata": "create_team_input_metadata",
    "CreateTeamMembershipInput": "create_team_membership_input",
    "CreateTeamMembershipInputDict": "create_team_membership_input",
    "CreateTeamMembershipInputRole": "create_team_membership_input_role",
    "CreateTeamMembershipOutput": "create_team_membership_output",
    "CreateTeamMembershipOutputDict": "create_team_membership_output",
    "CreateTeamMembershipOutputStatus": "create_team_membership_output_status",
    "CreateTeamOutput": "create_team_output",
    "CreateTeamOutputData": "create_team_output_data",
    "CreateTeamOutputDataDict": "create_team_output_data",
    "CreateTeamOutputDict": "create_team_output",
    "CreateTeamOutputStatus": "create_team_output_status",
    "CreateWebhookInputDto": "create_webhook_input_dto",
    "CreateWebhookInputDtoDict": "create_webhook_input_dto",
    "CreateWebhookInputDtoTriggersItem": "create_webhook_input_dto_triggers_item",
    "CreateWorkflowDto": "create_workflow_dto",
    "CreateWorkflowDtoDict": "create_workflow_dto",
    "Data": "data",
    "DataDict": "data",
    "DeclineBookingInput": "decline_booking_input",
    "DeclineBookingInputDict": "decline_booking_input",
    "DefaultConferencingAppsOutputDto": "default_conferencing_apps_output_dto",
    "DefaultConferencingAppsOutputDtoDict": "default_conferencing_apps_output_dto",
    "DelegationCredentialOutput": "delegation_credential_output",
    "DelegationCredentialOutputDict": "delegation_credential_output",
    "DeleteAttributeOptionOutput": "delete_attribute_option_output",
    "DeleteAttributeOptionOutputDict": "delete_attribute_option_output",
    "DeleteAttributeOptionOutputStatus": "delete_attribute_option_output_status",
    "DeleteCalendarCredentialsInputBodyDto": "delete_calendar_credentials_input_body_dto",
    "DeleteCalendarCredentialsInputBodyDtoDict": "delete_calendar_credentials_input_body_dto",
    "DeleteData": "delete_data",
    "DeleteDataDict": "delete_data",
    "DeleteEventTypeOutput": "delete_event_type_output",
    "DeleteEventTypeOutputDict": "delete_event_type_output",
    "DeleteEventTypeOutputStatus": "delete_event_type_output_status",
    "DeleteManyWebhooksOutputResponseDto": "delete_many_webhooks_output_response_dto",
    "DeleteManyWebhooksOutputResponseDtoDict": "delete_many_webhooks_output_response_dto",
    "DeleteManyWebhooksOutputResponseDtoStatus": "delete_many_webhooks_output_response_dto_status",
    "DeleteOrgMembership": "delete_org_membership",
    "DeleteOrgMembershipDict": "delete_org_membership",
    "DeleteOrgMembershipStatus": "delete_org_membership_status",
    "DeleteOrganizationAttributesOutput": "delete_organization_attributes_output",
    "DeleteOrganizationAttributesOutputDict": "delete_organization_attributes_output",
    "DeleteOrganizationAttributesOutputStatus": "delete_organization_attributes_output_status",
    "DeletePrivateLinkOutput": "delete_private_link_output",
    "DeletePrivateLinkOutputData": "delete_private_link_output_data",
    "DeletePrivateLinkOutputDataDict": "delete_private_link_output_data",
    "DeletePrivateLinkOutputDict": "delete_private_link_output",
    "DeleteScheduleOutput": "delete_schedule_output",
    "DeleteScheduleOutputDict": "delete_schedule_output",
    "DeleteScheduleOutputStatus": "delete_schedule_output_status",
    "DeleteTeamEventTypeOutput": "delete_team_event_type_output",
    "DeleteTeamEventTypeOutputData": "delete_team_event_type_output_data",
    "DeleteTeamEventTypeOutputDict": "delete_team_event_type_output",
    "DeleteTeamEventTypeOutputStatus": "delete_team_event_type_output_status",
    "DeleteTeamMembershipOutput": "delete_team_membership_output",
    "DeleteTeamMembershipOutputDict": "delete_team_membership_output",
    "DeleteTeamMembershipOutputStatus": "delete_team_membership_output_status",
    "DeletedCalendarCredentialsOutputDto": "deleted_calendar_credentials_output_dto",
    "DeletedCalendarCredentialsOutputDtoDict": "deleted_calendar_credentials_output_dto",
    "DeletedCalendarCredentialsOutputResponseDto": "deleted_calendar_credentials_output_response_dto",
    "DeletedCalendarCredentialsOutputResponseDtoDict": "deleted_calendar_credentials_output_response_dto",
    "DeletedCalendarCredentialsOutputResponseDtoStatus": "deleted_calendar_credentials_output_response_dto_status",
    "DestinationCalendar": "destination_calendar",
    "DestinationCalendarDict": "destination_calendar",
    "DestinationCalendarLegacy": "destination_calendar_legacy",
    "DestinationCalendarLegacyDict": "destination_calendar_legacy",
    "DestinationCalendarLegacyId": "destination_calendar_legacy_id",
    "DestinationCalendarsInputBodyDto": "destination_calendars_input_body_dto",
    "DestinationCalendarsInputBodyDtoDict": "destination_calendars_input_body_dto",
    "DestinationCalendarsInputBodyDtoIntegration": "destination_calendars_input_body_dto_integration",
    "DestinationCalendarsOutputDto": "destination_calendars_output_dto",
    "DestinationCalendarsOutputDtoDict": "destination_calendars_output_dto",
    "DestinationCalendarsOutputResponseDto": "destination_calendars_output_response_dto",
    "DestinationCalendarsOutputResponseDtoDict": "destination_calendars_output_response_dto",
    "DestinationCalendarsOutputResponseDtoStatus": "destination_calendars_output_response_dto_status",
    "Disabled": "disabled",
    "DisabledDict": "disabled",
    "DisconnectConferencingAppOutputResponseDto": "disconnect_conferencing_app_output_response_dto",
    "DisconnectConferencingAppOutputResponseDtoDict": "disconnect_conferencing_app_output_response_dto",
    "DisconnectConferencingAppOutputResponseDtoStatus": "disconnect_conferencing_app_output_response_dto_status",
    "EmailDefaultFieldInput": "email_default_field_input",
    "EmailDefaultFieldInputDict": "email_default_field_input",
    "EmailDefaultFieldInputRequired": "email_default_field_input_required",
    "EmailDefaultFieldOutput": "email_default_field_output",
    "EmailDefaultFieldOutputDict": "email_default_field_output",
    "EmailDefaultFieldOutputRequired": "email_default_field_output_required",
    "EventType": "event_type",
    "EventTypeColor": "event_type_color",
    "EventTypeColorDict": "event_type_color",
    "EventTypeDict": "event_type",
    "EventTypeOutput": "event_type_output",
    "EventTypeOutputBookingLimitsCount": "event_type_output_booking_limits_count",
    "EventTypeOutputBookingLimitsDuration": "event_type_output_booking_limits_duration",
    "EventTypeOutputConfirmationPolicy": "event_type_output_confirmation_policy",
    "EventTypeOutputDict": "event_type_output",
    "EventTypeOutputForwardParamsSuccessRedirectType0": "event_type_output_forward_params_success_redirect_type_0",
    "EventTypeOutputMetadata": "event_type_output_metadata",
    "EventTypeOutputSeatsPerTimeSlotType0": "event_type_output_seats_per_time_slot_type_0",
    "EventTypeOutputSuccessRedirectUrlType0": "event_type_output_success_redirect_url_type_0",
    "EventTypeTeam": "event_type_team",
    "EventTypeTeamDict": "event_type_team",
    "EventTypeUser": "event_type_user",
    "EventTypeUserDict": "event_type_user",
    "EventTypeUserMetadata": "event_type_user_metadata",
    "EventTypeWebhookOutputDto": "event_type_webhook_output_dto",
    "EventTypeWebhookOutputDtoDict": "event_type_webhook_output_dto",
    "EventTypeWebhookOutputResponseDto": "event_type_webhook_output_response_dto",
    "EventTypeWebhookOutputResponseDtoDict": "event_type_webhook_output_response_dto",
    "EventTypeWebhookOutputResponseDtoStatus": "event_type_webhook_output_response_dto_status",
    "EventTypeWebhooksOutputResponseDto": "event_type_webhooks_output_response_dto",
    "EventTypeWebhooksOutputResponseDtoDict": "event_type_webhooks_output_response_dto",
    "EventTypeWebhooksOutputResponseDtoStatus": "event_type_webhooks_output_response_dto_status",
    "GetAllAttributeAssignedOptionOutput": "get_all_attribute_assigned_option_output",
    "GetAllAttributeAssignedOptionOutputDict": "get_all_attribute_assigned_option_output",
    "GetAllAttributeAssignedOptionOutputStatus": "get_all_attribute_assigned_option_output_status",
    "GetAllAttributeOptionOutput": "get_all_attribute_option_output",
    "GetAllAttributeOptionOutputDict": "get_all_attribute_option_output",
    "GetAllAttributeOptionOutputStatus": "get_all_attribute_option_output_status",
    "GetAllOrgMemberships": "get_all_org_memberships",
    "GetAllOrgMembershipsDict": "get_all_org_memberships",
    "GetAllOrgMembershipsStatus": "get_all_org_memberships_status",
    "GetBookingOutput": "get_booking_output",
    "GetBookingOutputDict": "get_booking_output",
    "GetBookingOutputError": "get_booking_output_error",
    "GetBookingOutputStatus": "get_booking_output_status",
    "GetBookingRecordingsOutput": "get_booking_recordings_output",
    "GetBookingRecordingsOutputDict": "get_booking_recordings_output",
    "GetBookingRecordingsOutputError": "get_booking_recordings_output_error",
    "GetBookingRecordingsOutputStatus": "get_booking_recordings_output_status",
    "GetBookingTranscriptsOutput": "get_booking_transcripts_output",
    "GetBookingTranscriptsOutputDict": "get_booking_transcripts_output",
    "GetBookingTranscriptsOutputError": "get_booking_transcripts_output_error",
    "GetBookingTranscriptsOutputStatus": "get_booking_transcripts_output_status",
    "GetBookingsOutput": "get_bookings_output",
    "GetBookingsOutputDict": "get_bookings_output",
    "GetBookingsOutputError": "get_bookings_output_error",
    "GetBookingsOutputStatus": "get_bookings_output_status",
    "GetBusyTimesOutput": "get_busy_times_output",
    "GetBusyTimesOutputDict": "get_busy_times_output",
    "GetBusyTimesOutputStatus": "get_busy_times_output_status",
    "GetConferencingAppsOauthUrlResponseDto": "get_conferencing_apps_oauth_url_response_dto",
    "GetConferencingAppsOauthUrlResponseDtoDict": "get_conferencing_apps_oauth_url_response_dto",
    "GetConferencingAppsOauthUrlResponseDtoStatus": "get_conferencing_apps_oauth_url_response_dto_status",
    "GetDefaultConferencingAppOutputResponseDto": "get_default_conferencing_app_output_response_dto",
    "GetDefaultConferencingAppOutputResponseDtoDict": "get_default_conferencing_app_output_response_dto",
    "GetDefaultConferencingAppOutputResponseDtoStatus": "get_default_conferencing_app_output_response_dto_status",
    "GetDefaultScheduleOutput": "get_default_schedule_output",
    "GetDefaultScheduleOutputDict": "get_default_schedule_output",
    "GetDefaultScheduleOutputStatus": "get_default_schedule_output_status",
    "GetEventTypeOutput": "get_event_type_output",
    "GetEventTypeOutputDict": "get_event_type_output",
    "GetEventTypeOutputStatus": "get_event_type_output_status",
    "GetEventTypesOutput": "get_event_types_output",
    "GetEventTypesOutputDict": "get_event_types_output",
    "GetEventTypesOutputStatus": "get_event_types_output_status",
    "GetManagedOrganizationOutput": "get_managed_organization_output",
    "GetManagedOrganizationOutputDict": "get_managed_organization_output",
    "GetManagedOrganizationOutputStatus": "get_managed_organization_output_status",
    "GetManagedOrganizationsOutput": "get_managed_organizations_output",
    "GetManagedOrganizationsOutputDict": "get_managed_organizations_output",
    "GetManagedOrganizationsOutputStatus": "get_managed_organizations_output_status",
    "GetManagedUserOutput": "get_managed_user_output",
    "GetManagedUserOutputDict": "get_managed_user_output",
    "GetManagedUserOutputStatus": "get_managed_user_output_status",
    "GetManagedUsersOutput": "get_managed_users_output",
    "GetManagedUsersOutputDict": "get_managed_users_output",
    "GetManagedUsersOutputStatus": "get_managed_users_output_status",
    "GetMeOutput": "get_me_output",
    "GetMeOutputDict": "get_me_output",
    "GetMeOutputStatus": "get_me_output_status",
    "GetOAuthClientResponseDto": "get_o_auth_client_response_dto",
    "GetOAuthClientResponseDtoDict": "get_o_auth_client_response_dto",
    "GetOAuthClientResponseDtoStatus": "get_o_auth_client_response_dto_status",
    "GetOAuthClientsResponseDto": "get_o_auth_clients_response_dto",
    "GetOAuthClientsResponseDtoDict": "get_o_auth_clients_response_dto",
    "GetOAuthClientsResponseDtoStatus": "get_o_auth_clients_response_dto_status",
    "GetOptionUserOutput": "get_option_user_output",
    "GetOptionUserOutputData": "get_option_user_output_data",
    "GetOptionUserOutputDataDict": "get_option_user_output_data",
    "GetOptionUserOutputDict": "get_option_user_output",
    "GetOptionUserOutputStatus": "get_option_user_output_status",
    "GetOrgMembership": "get_org_membership",
    "GetOrgMembershipDict": "get_org_membership",
    "GetOrgMembershipStatus": "get_org_membership_status",
    "GetOrgUsersWithProfileOutput": "get_org_users_with_profile_output",
    "GetOrgUsersWithProfileOutputDict": "get_org_users_with_profile_output",
    "GetOrgUsersWithProfileOutputMetadata": "get_org_users_with_profile_output_metadata",
    "GetOrganizationAttributesOutput": "get_organization_attributes_output",
    "GetOrganizationAttributesOutputDict": "get_organization_attributes_output",
    "GetOrganizationAttributesOutputStatus": "get_organization_attributes_output_status",
    "GetOrganizationUserOutput": "get_organization_user_output",
    "GetOrganizationUserOutputDict": "get_organization_user_output",
    "GetOrganizationUserOutputStatus": "get_organization_user_output_status",
    "GetOrganizationUsersResponseDTO": "get_organization_users_response_dto",
    "GetOrganizationUsersResponseDTODict": "get_organization_users_response_dto",
    "GetOrganizationUsersResponseDTOStatus": "get_organization_users_response_dto_status",
    "GetPrivateLinksOutput": "get_private_links_output",
    "GetPrivateLinksOutputDict": "get_private_links_output",
    "GetRecurringSeatedBookingOutput": "get_recurring_seated_booking_output",
    "GetRecurringSeatedBookingOutputDict": "get_recurring_seated_booking_output",
    "GetRecurringSeatedBookingOutputMetadata": "get_recurring_seated_booking_output_metadata",
    "GetRecurringSeatedBookingOutputStatus": "get_recurring_seated_booking_output_status",
    "GetReservedSlotOutput": "get_reserved_slot_output",
    "GetReservedSlotOutputDict": "get_reserved_slot_output",
    "GetReservedSlotOutputStatus": "get_reserved_slot_output_status",
    "GetRoutingFormResponsesOutput": "get_routing_form_responses_output",
    "GetRoutingFormResponsesOutputDict": "get_routing_form_responses_output",
    "GetRoutingFormResponsesOutputStatus": "get_routing_form_responses_output_status",
    "GetRoutingFormsOutput": "get_routing_forms_output",
    "GetRoutingFormsOutputDict": "get_routing_forms_output",
    "GetRoutingFormsOutputStatus": "get_routing_forms_output_status",
    "GetScheduleOutput": "get_schedule_output",
    "GetScheduleOutputDict": "get_schedule_output",
    "GetScheduleOutputError": "get_schedule_output_error",
    "GetScheduleOutputStatus": "get_schedule_output_status",
    "GetSchedulesOutput": "get_schedules_output",
    "GetSchedulesOutputDict": "get_schedules_output",
    "GetSchedulesOutputError": "get_schedules_output_error",
    "GetSchedulesOutputStatus": "get_schedules_output_status",
    "GetSeatedBookingOutput": "get_seated_booking_output",
    "GetSeatedBookingOutputDict": "get_seated_booking_output",
    "GetSeatedBookingOutputMetadata": "get_seated_booking_output_metadata",
    "GetSeatedBookingOutputStatus": "get_seated_booking_output_status",
    "GetSingleAttributeOutput": "get_single_attribute_output",
    "GetSingleAttributeOutputDict": "get_single_attribute_output",
    "GetSingleAttributeOutputStatus": "get_single_attribute_output_status",
    "GetTeamEventTypeOutput": "get_team_event_type_output",
    "GetTeamEventTypeOutputDict": "get_team_event_type_output",
    "GetTeamEventTypeOutputStatus": "get_team_event_type_output_status",
    "GetTeamEventTypesOutput": "get_team_event_types_output",
    "GetTeamEventTypesOutputDict": "get_team_event_types_output",
    "GetTeamEventTypesOutputStatus": "get_team_event_types_output_status",
    "GetTeamMembershipOutput": "get_team_membership_output",
    "GetTeamMembershipOutputDict": "get_team_membership_output",
    "GetTeamMembershipOutputStatus": "get_team_membership_output_status",
    "GetTeamMembershipsOutput": "get_team_memberships_output",
    "GetTeamMembershipsOutputDict": "get_team_memberships_output",
    "GetTeamMembershipsOutputStatus": "get_team_memberships_output_status",
    "GetTeamOutput": "get_team_output",
    "GetTeamOutputDict": "get_team_output",
    "GetTeamOutputStatus": "get_team_output_status",
    "GetTeamsOutput": "get_teams_output",
    "GetTeamsOutputDict": "get_teams_output",
    "GetTeamsOutputStatus": "get_teams_output_status",
    "GetUnifiedCalendarEventOutput": "get_unified_calendar_event_output",
    "GetUnifiedCalendarEventOutputDict": "get_unified_calendar_event_output",
    "GetUnifiedCalendarEventOutputStatus": "get_unified_calendar_event_output_status",
    "GetWorkflowOutput": "get_workflow_output",
    "GetWorkflowOutputDict": "get_workflow_output",
    "GetWorkflowOutputStatus": "get_workflow_output_status",
    "GetWorkflowsOutput": "get_workflows_output",
    "GetWorkflowsOutputDict": "get_workflows_output",
    "GetWorkflowsOutputStatus": "get_workflows_output_status",
    "GoogleServiceAccountKeyInput": "google_service_account_key_input",
    "GoogleServiceAccountKeyInputDict": "google_service_account_key_input",
    "GuestsDefaultFieldInput": "guests_default_field_input",
    "GuestsDefaultFieldInputDict": "guests_default_field_input",
    "GuestsDefaultFieldOutput": "guests_default_field_output",
    "GuestsDefaultFieldOutputDict": "guests_default_field_output",
    "Host": "host",
    "HostDict": "host",
    "HostPriority": "host_priority",
    "HtmlWorkflowMessageDto": "html_workflow_message_dto",
    "HtmlWorkflowMessageDtoDict": "html_workflow_message_dto",
    "InputAddressLocation": "input_address_location",
    "InputAddressLocationDict": "input_address_location",
    "InputAttendeeAddressLocation": "input_attendee_address_location",
    "InputAttendeeAddressLocationDict": "input_attendee_address_location",
    "InputAttendeeDefinedLocation": "input_attendee_defined_location",
    "InputAttendeeDefinedLocationDict": "input_attendee_defined_location",
    "InputAttendeePhoneLocation": "input_attendee_phone_location",
    "InputAttendeePhoneLocationDict": "input_attendee_phone_location",
    "InputIntegrationLocation": "input_integration_location",
    "InputIntegrationLocationDict": "input_integration_location",
    "InputIntegrationLocationIntegration": "input_integration_location_integration",
    "InputLinkLocation": "input_link_location",
    "InputLinkLocationDict": "input_link_location",
    "InputOrganizersDefaultApp": "input_organizers_default_app",
    "InputOrganizersDefaultAppDict": "input_organizers_default_app",
    "InputPhoneLocation": "input_phone_location",
    "InputPhoneLocationDict": "input_phone_location",
    "Integration": "integration",
    "IntegrationAppDataType0": "integration_app_data_type_0",
    "IntegrationDict": "integration",
    "IntegrationLocationOptionType0": "integration_location_option_type_0",
    "InviteDataDto": "invite_data_dto",
    "InviteDataDtoDict": "invite_data_dto",
    "KeysDto": "keys_dto",
    "KeysDtoDict": "keys_dto",
    "KeysResponseDto": "keys_response_dto",
    "KeysResponseDtoDict": "keys_response_dto",
    "KeysResponseDtoStatus": "keys_response_dto_status",
    "LocationDefaultFieldInput": "location_default_field_input",
    "LocationDefaultFieldInputDict": "location_default_field_input",
    "LocationDefaultFieldOutput": "location_default_field_output",
    "LocationDefaultFieldOutputDict": "location_default_field_output",
    "ManagedOrganizationOutput": "managed_organization_output",
    "ManagedOrganizationOutputDict": "managed_organization_output",
    "ManagedOrganizationOutputMetadata": "managed_organization_output_metadata",
    "ManagedOrganizationWithApiKeyOutput": "managed_organization_with_api_key_output",
    "ManagedOrganizationWithApiKeyOutputDict": "managed_organization_with_api_key_output",
    "ManagedOrganizationWithApiKeyOutputMetadata": "managed_organization_with_api_key_output_metadata",
    "ManagedUserOutput": "managed_user_output",
    "ManagedUserOutputDict": "managed_user_output",
    "ManagedUserOutputLocale": "managed_user_output_locale",
    "ManagedUserOutputMetadata": "managed_user_output_metadata",
    "MarkAbsentAttendee": "mark_absent_attendee",
    "MarkAbsentAttendeeDict": "mark_absent_attendee",
    "MarkAbsentBookingInput": "mark_absent_booking_input",
    "MarkAbsentBookingInputDict": "mark_absent_booking_input",
    "MarkAbsentBookingOutput": "mark_absent_booking_output",
    "MarkAbsentBookingOutputDict": "mark_absent_booking_output",
    "MarkAbsentBookingOutputStatus": "mark_absent_booking_output_status",
    "MeOrgOutput": "me_org_output",
    "MeOrgOutputDict": "me_org_output",
    "MeOutput": "me_output",
    "MeOutputDict": "me_output",
    "MembershipUserOutputDto": "membership_user_output_dto",
    "MembershipUserOutputDtoDict": "membership_user_output_dto",
    "MembershipUserOutputDtoMetadata": "membership_user_output_dto_metadata",
    "MicrosoftServiceAccountKeyInput": "microsoft_service_account_key_input",
    "MicrosoftServiceAccountKeyInputDict": "microsoft_service_account_key_input",
    "MultiEmailFieldInput": "multi_email_field_input",
    "MultiEmailFieldInputDict": "multi_email_field_input",
    "MultiEmailFieldOutput": "multi_email_field_output",
    "MultiEmailFieldOutputDict": "multi_email_field_output",
    "MultiSelectAttribute": "multi_select_attribute",
    "MultiSelectAttributeDict": "multi_select_attribute",
    "MultiSelectAttributeOption": "multi_select_attribute_option",
    "MultiSelectAttributeOptionDict": "multi_select_attribute_option",
    "MultiSelectFieldInput": "multi_select_field_input",
    "MultiSelectFieldInputDict": "multi_select_field_input",
    "MultiSelectFieldOutput": "multi_select_field_output",
    "MultiSelectFieldOutputDict": "multi_select_field_output",
    "NameDefaultFieldInput": "name_default_field_input",
    "NameDefaultFieldInputDict": "name_default_field_input",
    "NameDefaultFieldOutput": "name_default_field_output",
    "NameDefaultFieldOutputDict": "name_default_field_output",
    "NotesDefaultFieldInput": "notes_default_field_input",
    "NotesDefaultFieldInputDict": "notes_default_field_input",
    "NotesDefaultFieldOutput": "notes_default_field_output",
    "NotesDefaultFieldOutputDict": "notes_default_field_output",
    "NoticeThreshold": "notice_threshold",
    "NoticeThresholdDict": "notice_threshold",
    "NumberAttribute": "number_attribute",
    "NumberAttributeDict": "number_attribute",
    "NumberFieldInput": "number_field_input",
    "NumberFieldInputDict": "number_field_input",
    "NumberFieldOutput": "number_field_output",
    "NumberFieldOutputDict": "number_field_output",
    "OAuthClientWebhookOutputDto": "o_auth_client_webhook_output_dto",
    "OAuthClientWebhookOutputDtoDict": "o_auth_client_webhook_output_dto",
    "OAuthClientWebhookOutputResponseDto": "o_auth_client_webhook_output_response_dto",
    "OAuthClientWebhookOutputResponseDtoDict": "o_auth_client_webhook_output_response_dto",
    "OAuthClientWebhookOutputResponseDtoStatus": "o_auth_client_webhook_output_response_dto_status",
    "OAuthClientWebhooksOutputResponseDto": "o_auth_client_webhooks_output_response_dto",
    "OAuthClientWebhooksOutputResponseDtoDict": "o_auth_client_webhooks_output_response_dto",
    "OAuthClientWebhooksOutputResponseDtoStatus": "o_auth_client_webhooks_output_response_dto_status",
    "OnAfterCalVideoGuestsNoShowTriggerDto": "on_after_cal_video_guests_no_show_trigger_dto",
    "OnAfterCalVideoGuestsNoShowTriggerDtoDict": "on_after_cal_video_guests_no_show_trigger_dto",
    "OnAfterCalVideoGuestsNoShowTriggerDtoType": "on_after_cal_video_guests_no_show_trigger_dto_type",
    "OnAfterCalVideoHostsNoShowTriggerDto": "on_after_cal_video_hosts_no_show_trigger_dto",
    "OnAfterCalVideoHostsNoShowTriggerDtoDict": "on_after_cal_video_hosts_no_show_trigger_dto",
    "OnAfterCalVideoHostsNoShowTriggerDtoType": "on_after_cal_video_hosts_no_show_trigger_dto_type",
    "OnAfterEventTriggerDto": "on_after_event_trigger_dto",
    "OnAfterEventTriggerDtoDict": "on_after_event_trigger_dto",
    "OnAfterEventTriggerDtoType": "on_after_event_trigger_dto_type",
    "OnBeforeEventTriggerDto": "on_before_event_trigger_dto",
    "OnBeforeEventTriggerDtoDict": "on_before_event_trigger_dto",
    "OnBeforeEventTriggerDtoType": "on_before_event_trigger_dto_type",
    "OnCancelTriggerDto": "on_cancel_trigger_dto",
    "OnCancelTriggerDtoDict": "on_cancel_trigger_dto",
    "OnCancelTriggerDtoType": "on_cancel_trigger_dto_type",
    "OnCreationTriggerDto": "on_creation_trigger_dto",
    "OnCreationTriggerDtoDict": "on_creation_trigger_dto",
    "OnCreationTriggerDtoType": "on_creation_trigger_dto_type",
    "OnNoShowUpdateTriggerDto": "on_no_show_update_trigger_dto",
    "OnNoShowUpdateTriggerDtoDict": "on_no_show_update_trigger_dto",
    "OnPaidTriggerDto": "on_paid_trigger_dto",
    "OnPaidTriggerDtoDict": "on_paid_trigger_dto",
    "OnPaymentInitiatedTriggerDto": "on_payment_initiated_trigger_dto",
    "OnPaymentInitiatedTriggerDtoDict": "on_payment_initiated_trigger_dto",
    "OnRejectedTriggerDto": "on_rejected_trigger_dto",
    "OnRejectedTriggerDtoDict": "on_rejected_trigger_dto",
    "OnRequestedTriggerDto": "on_requested_trigger_dto",
    "OnRequestedTriggerDtoDict": "on_requested_trigger_dto",
    "OnRescheduleTriggerDto": "on_reschedule_trigger_dto",
    "OnRescheduleTriggerDtoDict": "on_reschedule_trigger_dto",
    "OnRescheduleTriggerDtoType": "on_reschedule_trigger_dto_type",
    "OptionOutput": "option_output",
    "OptionOutputDict": "option_output",
    "OrgMeTeamsOutputResponseDto": "org_me_teams_output_response_dto",
    "OrgMeTeamsOutputResponseDtoDict": "org_me_teams_output_response_dto",
    "OrgMeTeamsOutputResponseDtoStatus": "org_me_teams_output_response_dto_status",
    "OrgTeamMembershipOutputResponseDto": "org_team_membership_output_response_dto",
    "OrgTeamMembershipOutputResponseDtoDict": "org_team_membership_output_response_dto",
    "OrgTeamMembershipOutputResponseDtoStatus": "org_team_membership_output_response_dto_status",
    "OrgTeamMembershipsOutputResponseDto": "org_team_memberships_output_response_dto",
    "OrgTeamMembershipsOutputResponseDtoDict": "org_team_memberships_output_response_dto",
    "OrgTeamMembershipsOutputResponseDtoStatus": "org_team_memberships_output_response_dto_status",
    "OrgTeamOutputDto": "org_team_output_dto",
    "OrgTeamOutputDtoDict": "org_team_output_dto",
    "OrgTeamOutputDtoMetadata": "org_team_output_dto_metadata",
    "OrgTeamOutputResponseDto": "org_team_output_response_dto",
    "OrgTeamOutputResponseDtoDict": "org_team_output_response_dto",
    "OrgTeamOutputResponseDtoStatus": "org_team_output_response_dto_status",
    "OrgTeamsOutputResponseDto": "org_teams_output_response_dto",
    "OrgTeamsOutputResponseDtoDict": "org_teams_output_response_dto",
    "OrgTeamsOutputResponseDtoStatus": "org_teams_output_response_dto_status",
    "OrganizationMembershipOutput": "organization_membership_output",
    "OrganizationMembershipOutputDict": "organization_membership_output",
    "OrganizationMembershipOutputRole": "organization_membership_output_role",
    "OrgsBookingsListSortCreated": "orgs_bookings_list_sort_created",
    "OrgsBookingsListSortEnd": "orgs_bookings_list_sort_end",
    "OrgsBookingsListSortStart": "orgs_bookings_list_sort_start",
    "OrgsBookingsListSortUpdatedAt": "orgs_bookings_list_sort_updated_at",
    "OrgsBookingsListStatusItem": "orgs_bookings_list_status_item",
    "OrgsRoutingFormsCreateResponseFormat": "orgs_routing_forms_create_response_format",
    "OrgsRoutingFormsGetResponsesSortCreatedAt": "orgs_routing_forms_get_responses_sort_created_at",
    "OrgsRoutingFormsGetResponsesSortUpdatedAt": "orgs_routing_forms_get_responses_sort_updated_at",
    "OrgsRoutingFormsListSortCreatedAt": "orgs_routing_forms_list_sort_created_at",
    "OrgsRoutingFormsListSortUpdatedAt": "orgs_routing_forms_list_sort_updated_at",
    "OrgsTeamsBookingsGetReferencesType": "orgs_teams_bookings_get_references_type",
    "OrgsTeamsBookingsListSortCreated": "orgs_teams_bookings_list_sort_created",
    "OrgsTeamsBookingsListSortEnd": "orgs_teams_bookings_list_sort_end",
    "OrgsTeamsBookingsListSortStart": "orgs_teams_bookings_list_sort_start",
    "OrgsTeamsBookingsListStatusItem": "orgs_teams_bookings_list_status_item",
    "OrgsTeamsConferencingConnectAppApp": "orgs_teams_conferencing_connect_app_app",
    "OrgsTeamsConferencingDisconnectAppApp": "orgs_teams_conferencing_disconnect_app_app",
    "OrgsTeamsConferencingGetOauthUrlApp": "orgs_teams_conferencing_get_oauth_url_app",
    "OrgsTeamsConferencingSetDefaultAppApp": "orgs_teams_conferencing_set_default_app_app",
    "OrgsTeamsRoutingFormsListSortCreatedAt": "orgs_teams_routing_forms_list_sort_created_at",
    "OrgsTeamsRoutingFormsListSortUpdatedAt": "orgs_teams_routing_forms_list_sort_updated_at",
    "OrgsTeamsRoutingFormsResponsesCreateFormat": "orgs_teams_routing_forms_responses_create_format",
    "OrgsTeamsRoutingFormsResponsesListSortCreatedAt": "orgs_teams_routing_forms_responses_list_sort_created_at",
    "OrgsTeamsRoutingFormsResponsesListSortUpdatedAt": "orgs_teams_routing_forms_responses_list_sort_updated_at",
    "OrgsUsersBookingsListResponse200": "orgs_users_bookings_list_response_200",
    "OrgsUsersBookingsListResponse200DataItem": "orgs_users_bookings_list_response_200_data_item",
    "OrgsUsersBookingsListResponse200Dict": "orgs_users_bookings_list_response_200",
    "OrgsUsersBookingsListResponse200Status": "orgs_users_bookings_list_response_200_status",
    "OrgsUsersBookingsListSortCreated": "orgs_users_bookings_list_sort_created",
    "OrgsUsersBookingsListSortEnd": "orgs_users_bookings_list_sort_end",
    "OrgsUsersBookingsListSortStart": "orgs_users_bookings_list_sort_start",
    "OrgsUsersBookingsListSortUpdatedAt": "orgs_users_bookings_list_sort_updated_at",
    "OrgsUsersBookingsListStatusItem": "orgs_users_bookings_list_status_item",
    "OrgsUsersListAttributeQueryOperator": "orgs_users_list_attribute_query_operator",
    "OrgsUsersOooGetResponse200": "orgs_users_ooo_get_response_200",
    "OrgsUsersOooGetResponse200DataItem": "orgs_users_ooo_get_response_200_data_item",
    "OrgsUsersOooGetResponse200Dict": "orgs_users_ooo_get_response_200",
    "OrgsUsersOooGetResponse200Status": "orgs_users_ooo_get_response_200_status",
    "OrgsUsersOooGetSortEnd": "orgs_users_ooo_get_sort_end",
    "OrgsUsersOooGetSortStart": "orgs_users_ooo_get_sort_start",
    "OrgsUsersOooListResponse200": "orgs_users_ooo_list_response_200",
    "OrgsUsersOooListResponse200DataItem": "orgs_users_ooo_list_response_200_data_item",
    "OrgsUsersOooListResponse200Dict": "orgs_users_ooo_list_response_200",
    "OrgsUsersOooListResponse200Status": "orgs_users_ooo_list_response_200_status",
    "OrgsUsersOooListSortEnd": "orgs_users_ooo_list_sort_end",
    "OrgsUsersOooListSortStart": "orgs_users_ooo_list_sort_start",
    "OutputAddressLocation": "output_address_location",
    "OutputAddressLocationDict": "output_address_location",
    "OutputIntegrationLocation": "output_integration_location",
    "OutputIntegrationLocationDict": "output_integration_location",
    "OutputIntegrationLocationIntegration": "output_integration_location_integration",
    "OutputLinkLocation": "output_link_location",
    "OutputLinkLocationDict": "output_link_location",
    "OutputOrganizersDefaultAppLocation": "output_organizers_default_app_location",
    "OutputOrganizersDefaultAppLocationDict": "output_organizers_default_app_location",
    "OutputPhoneLocation": "output_phone_location",
    "OutputPhoneLocationDict": "output_phone_location",
    "OutputUnknownLocation": "output_unknown_location",
    "OutputUnknownLocationDict": "output_unknown_location",
    "PaginationMetaDto": "pagination_meta_dto",
    "PaginationMetaDtoDict": "pagination_meta_dto",
    "PhoneFieldInput": "phone_field_input",
    "PhoneFieldInputDict": "phone_field_input",
    "PhoneFieldOutput": "phone_field_output",
    "PhoneFieldOutputDict": "phone_field_output",
    "PlatformOAuthClientDto": "platform_o_auth_client_dto",
    "PlatformOAuthClientDtoDict": "platform_o_auth_client_dto",
    "PlatformOAuthClientDtoPermissionsItem": "platform_o_auth_client_dto_permissions_item",
    "Primary": "primary",
    "PrimaryDict": "primary",
    "ProfileOutput": "profile_output",
    "ProfileOutputDict": "profile_output",
    "RadioGroupFieldInput": "radio_group_field_input",
    "RadioGroupFieldInputDict": "radio_group_field_input",
    "RadioGroupFieldOutput": "radio_group_field_output",
    "RadioGroupFieldOutputDict": "radio_group_field_output",
    "RangeSlotsOutput": "range_slots_output",
    "RangeWindow": "range_window",
    "RangeWindowDict": "range_window",
    "RangeWindowType": "range_window_type",
    "ReassignBookingOutput": "reassign_booking_output",
    "ReassignBookingOutputDict": "reassign_booking_output",
    "ReassignBookingOutputStatus": "reassign_booking_output_status",
    "ReassignToUserBookingInput": "reassign_to_user_booking_input",
    "ReassignToUserBookingInputDict": "reassign_to_user_booking_input",
    "ReassignedToDto": "reassigned_to_dto",
    "ReassignedToDtoDict": "reassigned_to_dto",
    "RecordingItem": "recording_item",
    "RecordingItemDict": "recording_item",
    "Recurrence": "recurrence",
    "RecurrenceDict": "recurrence",
    "RecurrenceFrequency": "recurrence_frequency",
    "RecurringBookingOutput": "recurring_booking_output",
    "RecurringBookingOutputBookingFieldsResponses": "recurring_booking_output_booking_fields_responses",
    "RecurringBookingOutputDict": "recurring_booking_output",
    "RecurringBookingOutputMetadata": "recurring_booking_output_metadata",
    "RecurringBookingOutputStatus": "recurring_booking_output_status",
    "RefreshApiKeyInput": "refresh_api_key_input",
    "RefreshApiKeyInputDict": "refresh_api_key_input",
    "RefreshApiKeyOutput": "refresh_api_key_output",
    "RefreshApiKeyOutputDict": "refresh_api_key_output",
    "RefreshApiKeyOutputStatus": "refresh_api_key_output_status",
    "RefreshTokenInput": "refresh_token_input",
    "RefreshTokenInputDict": "refresh_token_input",
    "RequestEmailVerificationInput": "request_email_verification_input",
    "RequestEmailVerificationInputDict": "request_email_verification_input",
    "RequestEmailVerificationOutput": "request_email_verification_output",
    "RequestEmailVerificationOutputDict": "request_email_verification_output",
    "RequestEmailVerificationOutputStatus": "request_email_verification_output_status",
    "RequestPhoneVerificationInput": "request_phone_verification_input",
    "RequestPhoneVerificationInputDict": "request_phone_verification_input",
    "RequestPhoneVerificationOutput": "request_phone_verification_output",
    "RequestPhoneVerificationOutputDict": "request_phone_verification_output",
    "RequestPhoneVerificationOutputStatus": "request_phone_verification_output_status",
    "RescheduleBookingInput": "reschedule_booking_input",
    "RescheduleBookingInputDict": "reschedule_booking_input",
    "RescheduleBookingOutput": "reschedule_booking_output",
    "RescheduleBookingOutputDict": "reschedule_booking_output",
    "RescheduleBookingOutputStatus": "reschedule_booking_output_status",
    "RescheduleReasonDefaultFieldInput": "reschedule_reason_default_field_input",
    "RescheduleReasonDefaultFieldInputDict": "reschedule_reason_default_field_input",
    "RescheduleReasonDefaultFieldOutput": "reschedule_reason_default_field_output",
    "RescheduleReasonDefaultFieldOutputDict": "reschedule_reason_default_field_output",
    "RescheduleSeatedBookingInput": "reschedule_seated_booking_input",
    "RescheduleSeatedBookingInputDict": "reschedule_seated_booking_input",
    "ReserveSlotInput": "reserve_slot_input",
    "ReserveSlotInputDict": "reserve_slot_input",
    "ReserveSlotOutput": "reserve_slot_output",
    "ReserveSlotOutputDict": "reserve_slot_output",
    "ReserveSlotOutputResponse": "reserve_slot_output_response",
    "ReserveSlotOutputResponseDict": "reserve_slot_output_response",
    "ReserveSlotOutputResponseStatus": "reserve_slot_output_response_status",
    "ReservedSlotOutput": "reserved_slot_output",
    "ReservedSlotOutputDict": "reserved_slot_output",
    "ResponseSlotsOutput": "response_slots_output",
    "ResponseSlotsOutputData": "response_slots_output_data",
    "ResponseSlotsOutputDataDict": "response_slots_output_data",
    "ResponseSlotsOutputDict": "response_slots_output",
    "ResponseSlotsOutputStatus": "response_slots_output_status",
    "Routing": "routing",
    "RoutingDict": "routing",
    "RoutingFormOutput": "routing_form_output",
    "RoutingFormOutputDict": "routing_form_output",
    "RoutingFormOutputFieldsType0": "routing_form_output_fields_type_0",
    "RoutingFormOutputRoutesType0": "routing_form_output_routes_type_0",
    "RoutingFormOutputSettingsType0": "routing_form_output_settings_type_0",
    "RoutingFormResponseOutput": "routing_form_response_output",
    "RoutingFormResponseOutputDict": "routing_form_response_output",
    "RoutingFormResponseOutputResponse": "routing_form_response_output_response",
    "RoutingFormsCalculateSlotsBasedOnResponseFormat": "routing_forms_calculate_slots_based_on_response_format",
    "ScheduleAvailabilityInput": "schedule_availability_input",
    "ScheduleAvailabilityInputDaysItem": "schedule_availability_input_days_item",
    "ScheduleAvailabilityInputDict": "schedule_availability_input",
    "ScheduleOutput": "schedule_output",
    "ScheduleOutputDict": "schedule_output",
    "ScheduleOutputLegacy": "schedule_output_legacy",
    "ScheduleOutputLegacyDateOverridesItem": "schedule_output_legacy_date_overrides_item",
    "ScheduleOutputLegacyDict": "schedule_output_legacy",
    "ScheduleOverrideInput": "schedule_override_input",
    "ScheduleOverrideInputDict": "schedule_override_input",
    "SeatedAttendee": "seated_attendee",
    "SeatedAttendeeBookingFieldsResponses": "seated_attendee_booking_fields_responses",
    "SeatedAttendeeDict": "seated_attendee",
    "SeatedAttendeeLanguage": "seated_attendee_language",
    "SeatedAttendeeMetadata": "seated_attendee_metadata",
    "Seats": "seats",
    "SeatsDict": "seats",
    "SelectFieldInput": "select_field_input",
    "SelectFieldInputDict": "select_field_input",
    "SelectFieldOutput": "select_field_output",
    "SelectFieldOutputDict": "select_field_output",
    "SelectedCalendarOutputDto": "selected_calendar_output_dto",
    "SelectedCalendarOutputDtoDict": "selected_calendar_output_dto",
    "SelectedCalendarOutputResponseDto": "selected_calendar_output_response_dto",
    "SelectedCalendarOutputResponseDtoDict": "selected_calendar_output_response_dto",
    "SelectedCalendarOutputResponseDtoStatus": "selected_calendar_output_response_dto_status",
    "SelectedCalendarsInputDto": "selected_calendars_input_dto",
    "SelectedCalendarsInputDtoDict": "selected_calendars_input_dto",
    "SetDefaultConferencingAppOutputResponseDto": "set_default_conferencing_app_output_response_dto",
    "SetDefaultConferencingAppOutputResponseDtoDict": "set_default_conferencing_app_output_response_dto",
    "SetDefaultConferencingAppOutputResponseDtoStatus": "set_default_conferencing_app_output_response_dto_status",
    "SingleSelectAttribute": "single_select_attribute",
    "SingleSelectAttributeDict": "single_select_attribute",
    "SlotsDeleteReservedResponse200": "slots_delete_reserved_response_200",
    "SlotsGetResponse200": "slots_get_response_200",
    "SlotsGetResponse200Dict": "slots_get_response_200",
    "SlotsGetResponse200Status": "slots_get_response_200_status",
    "SlotsOutput": "slots_output",
    "StripConnectOutputDto": "strip_connect_output_dto",
    "StripConnectOutputDtoDict": "strip_connect_output_dto",
    "StripConnectOutputResponseDto": "strip_connect_output_response_dto",
    "StripConnectOutputResponseDtoDict": "strip_connect_output_response_dto",
    "StripConnectOutputResponseDtoStatus": "strip_connect_output_response_dto_status",
    "StripCredentialsCheckOutputResponseDto": "strip_credentials_check_output_response_dto",
    "StripCredentialsCheckOutputResponseDtoDict": "strip_credentials_check_output_response_dto",
    "StripCredentialsSaveOutputResponseDto": "strip_credentials_save_output_response_dto",
    "StripCredentialsSaveOutputResponseDtoDict": "strip_credentials_save_output_response_dto",
    "TeamEventTypeOutput": "team_event_type_output",
    "TeamEventTypeOutputBookingLimitsCount": "team_event_type_output_booking_limits_count",
    "TeamEventTypeOutputBookingLimitsDuration": "team_event_type_output_booking_limits_duration",
    "TeamEventTypeOutputConfirmationPolicy": "team_event_type_output_confirmation_policy",
    "TeamEventTypeOutputDict": "team_event_type_output",
    "TeamEventTypeOutputForwardParamsSuccessRedirectType0": "team_event_type_output_forward_params_success_redirect_type_0",
    "TeamEventTypeOutputMetadata": "team_event_type_output_metadata",
    "TeamEventTypeOutputOwnerIdType0": "team_event_type_output_owner_id_type_0",
    "TeamEventTypeOutputParentEventTypeIdType0": "team_event_type_output_parent_event_type_id_type_0",
    "TeamEventTypeOutputSchedulingType": "team_event_type_output_scheduling_type",
    "TeamEventTypeOutputSeatsPerTimeSlotType0": "team_event_type_output_seats_per_time_slot_type_0",
    "TeamEventTypeOutputSuccessRedirectUrlType0": "team_event_type_output_success_redirect_url_type_0",
    "TeamEventTypeResponseHost": "team_event_type_response_host",
    "TeamEventTypeResponseHostDict": "team_event_type_response_host",
    "TeamEventTypeResponseHostPriority": "team_event_type_response_host_priority",
    "TeamMembershipOutput": "team_membership_output",
    "TeamMembershipOutputDict": "team_membership_output",
    "TeamMembershipOutputRole": "team_membership_output_role",
    "TeamOutputDto": "team_output_dto",
    "TeamOutputDtoDict": "team_output_dto",
    "TeamOutputDtoMetadata": "team_output_dto_metadata",
    "TeamVerifiedEmailOutput": "team_verified_email_output",
    "TeamVerifiedEmailOutputDict": "team_verified_email_output",
    "TeamVerifiedEmailOutputStatus": "team_verified_email_output_status",
    "TeamVerifiedEmailsOutput": "team_verified_emails_output",
    "TeamVerifiedEmailsOutputDict": "team_verified_emails_output",
    "TeamVerifiedEmailsOutputStatus": "team_verified_emails_output_status",
    "TeamVerifiedPhoneOutput": "team_verified_phone_output",
    "TeamVerifiedPhoneOutputDict": "team_verified_phone_output",
    "TeamVerifiedPhoneOutputStatus": "team_verified_phone_output_status",
    "TeamVerifiedPhonesOutput": "team_verified_phones_output",
    "TeamVerifiedPhonesOutputDict": "team_verified_phones_output",
    "TeamVerifiedPhonesOutputStatus": "team_verified_phones_output_status",
    "TeamWebhookOutputDto": "team_webhook_output_dto",
    "TeamWebhookOutputDtoDict": "team_webhook_output_dto",
    "TeamWebhookOutputResponseDto": "team_webhook_output_response_dto",
    "TeamWebhookOutputResponseDtoDict": "team_webhook_output_response_dto",
    "TeamWebhookOutputResponseDtoStatus": "team_webhook_output_response_dto_status",
    "TeamWebhooksOutputResponseDto": "team_webhooks_output_response_dto",
    "TeamWebhooksOutputResponseDtoDict": "team_webhooks_output_response_dto",
    "TeamWebhooksOutputResponseDtoStatus": "team_webhooks_output_response_dto_status",
    "TextAreaFieldInput": "text_area_field_input",
    "TextAreaFieldInputDict": "text_area_field_input",
    "TextAreaFieldOutput": "text_area_field_output",
    "TextAreaFieldOutputDict": "text_area_field_output",
    "TextAttribute": "text_attribute",
    "TextAttributeDict": "text_attribute",
    "TextFieldInput": "text_field_input",
    "TextFieldInputDict": "text_field_input",
    "TextFieldOutput": "text_field_output",
    "TextFieldOutputDict": "text_field_output",
    "TextWorkflowMessageDto": "text_workflow_message_dto",
    "TextWorkflowMessageDtoDict": "text_workflow_message_dto",
    "TimeBasedPrivateLinkOutput": "time_based_private_link_output",
    "TimeBasedPrivateLinkOutputDict": "time_based_private_link_output",
    "TitleDefaultFieldInput": "title_default_field_input",
    "TitleDefaultFieldInputDict": "title_default_field_input",
    "TitleDefaultFieldOutput": "title_default_field_output",
    "TitleDefaultFieldOutputDict": "title_default_field_output",
    "UnassignOptionUserOutput": "unassign_option_user_output",
    "UnassignOptionUserOutputDict": "unassign_option_user_output",
    "UnassignOptionUserOutputStatus": "unassign_option_user_output_status",
    "UnifiedCalendarEventOutput": "unified_calendar_event_output",
    "UnifiedCalendarEventOutputDict": "unified_calendar_event_output",
    "UnifiedCalendarEventOutputEnd": "unified_calendar_event_output_end",
    "UnifiedCalendarEventOutputEndDict": "unified_calendar_event_output_end",
    "UnifiedCalendarEventOutputStart": "unified_calendar_event_output_start",
    "UnifiedCalendarEventOutputStartDict": "unified_calendar_event_output_start",
    "UpdateAttributeOptionOutput": "update_attribute_option_output",
    "UpdateAttributeOptionOutputDict": "update_attribute_option_output",
    "UpdateAttributeOptionOutputStatus": "update_attribute_option_output_status",
    "UpdateCalendarEventAttendee": "update_calendar_event_attendee",
    "UpdateCalendarEventAttendeeDict": "update_calendar_event_attendee",
    "UpdateDelegationCredentialInput": "update_delegation_credential_input",
    "UpdateDelegationCredentialInputDict": "update_delegation_credential_input",
    "UpdateDelegationCredentialOutput": "update_delegation_credential_output",
    "UpdateDelegationCredentialOutputDict": "update_delegation_credential_output",
    "UpdateDelegationCredentialOutputStatus": "update_delegation_credential_output_status",
    "UpdateEmailAddressWorkflowStepDto": "update_email_address_workflow_step_dto",
    "UpdateEmailAddressWorkflowStepDtoAction": "update_email_address_workflow_step_dto_action",
    "UpdateEmailAddressWorkflowStepDtoDict": "update_email_address_workflow_step_dto",
    "UpdateEmailAddressWorkflowStepDtoRecipient": "update_email_address_workflow_step_dto_recipient",
    "UpdateEmailAddressWorkflowStepDtoTemplate": "update_email_address_workflow_step_dto_template",
    "UpdateEmailAttendeeWorkflowStepDto": "update_email_attendee_workflow_step_dto",
    "UpdateEmailAttendeeWorkflowStepDtoAction": "update_email_attendee_workflow_step_dto_action",
    "UpdateEmailAttendeeWorkflowStepDtoDict": "update_email_attendee_workflow_step_dto",
    "UpdateEmailAttendeeWorkflowStepDtoRecipient": "update_email_attendee_workflow_step_dto_recipient",
    "UpdateEmailAttendeeWorkflowStepDtoTemplate": "update_email_attendee_workflow_step_dto_template",
    "UpdateEmailHostWorkflowStepDto": "update_email_host_workflow_step_dto",
    "UpdateEmailHostWorkflowStepDtoAction": "update_email_host_workflow_step_dto_action",
    "UpdateEmailHostWorkflowStepDtoDict": "update_email_host_workflow_step_dto",
    "UpdateEmailHostWorkflowStepDtoRecipient": "update_email_host_workflow_step_dto_recipient",
    "UpdateEmailHostWorkflowStepDtoTemplate": "update_email_host_workflow_step_dto_template",
    "UpdateEventTypeInput": "update_event_type_input",
    "UpdateEventTypeInputDict": "update_event_type_input",
    "UpdateEventTypeOutput": "update_event_type_output",
    "UpdateEventTypeOutputDict": "update_event_type_output",
    "UpdateEventTypeOutputStatus": "update_event_type_output_status",
    "UpdateManagedUserInput": "update_managed_user_input",
    "UpdateManagedUserInputDict": "update_managed_user_input",
    "UpdateManagedUserInputLocale": "update_managed_user_input_locale",
    "UpdateManagedUserInputMetadata": "update_managed_user_input_metadata",
    "UpdateManagedUserInputTimeFormat": "update_managed_user_input_time_format",
    "UpdateManagedUserInputWeekStart": "update_managed_user_input_week_start",
    "UpdateMeOutput": "update_me_output",
    "UpdateMeOutputDict": "update_me_output",
    "UpdateMeOutputStatus": "update_me_output_status",
    "UpdateOAuthClientInput": "update_o_auth_client_input",
    "UpdateOAuthClientInputDict": "update_o_auth_client_input",
    "UpdateOrgMembership": "update_org_membership",
    "UpdateOrgMembershipDict": "update_org_membership",
    "UpdateOrgMembershipDto": "update_org_membership_dto",
    "UpdateOrgMembershipDtoDict": "update_org_membership_dto",
    "UpdateOrgMembershipDtoRole": "update_org_membership_dto_role",
    "UpdateOrgMembershipStatus": "update_org_membership_status",
    "UpdateOrgTeamDto": "update_org_team_dto",
    "UpdateOrgTeamDtoDict": "update_org_team_dto",
    "UpdateOrgTeamDtoMetadata": "update_org_team_dto_metadata",
    "UpdateOrgTeamMembershipDto": "update_org_team_membership_dto",
    "UpdateOrgTeamMembershipDtoDict": "update_org_team_membership_dto",
    "UpdateOrgTeamMembershipDtoRole": "update_org_team_membership_dto_role",
    "UpdateOrganizationAttributeInput": "update_organization_attribute_input",
    "UpdateOrganizationAttributeInputDict": "update_organization_attribute_input",
    "UpdateOrganizationAttributeInputType": "update_organization_attribute_input_type",
    "UpdateOrganizationAttributeOptionInput": "update_organization_attribute_option_input",
    "UpdateOrganizationAttributeOptionInputDict": "update_organization_attribute_option_input",
    "UpdateOrganizationAttributesOutput": "update_organization_attributes_output",
    "UpdateOrganizationAttributesOutputDict": "update_organization_attributes_output",
    "UpdateOrganizationAttributesOutputStatus": "update_organization_attributes_output_status",
    "UpdateOrganizationInput": "update_organization_input",
    "UpdateOrganizationInputDict": "update_organization_input",
    "UpdateOrganizationInputMetadata": "update_organization_input_metadata",
    "UpdateOrganizationUserInput": "update_organization_user_input",
    "UpdateOutOfOfficeEntryDto": "update_out_of_office_entry_dto",
    "UpdateOutOfOfficeEntryDtoDict": "update_out_of_office_entry_dto",
    "UpdateOutOfOfficeEntryDtoReason": "update_out_of_office_entry_dto_reason",
    "UpdatePhoneAttendeeWorkflowStepDto": "update_phone_attendee_workflow_step_dto",
    "UpdatePhoneAttendeeWorkflowStepDtoAction": "update_phone_attendee_workflow_step_dto_action",
    "UpdatePhoneAttendeeWorkflowStepDtoDict": "update_phone_attendee_workflow_step_dto",
    "UpdatePhoneAttendeeWorkflowStepDtoRecipient": "update_phone_attendee_workflow_step_dto_recipient",
    "UpdatePhoneAttendeeWorkflowStepDtoTemplate": "update_phone_attendee_workflow_step_dto_template",
    "UpdatePhoneNumberWorkflowStepDto": "update_phone_number_workflow_step_dto",
    "UpdatePhoneNumberWorkflowStepDtoAction": "update_phone_number_workflow_step_dto_action",
    "UpdatePhoneNumberWorkflowStepDtoDict": "update_phone_number_workflow_step_dto",
    "UpdatePhoneNumberWorkflowStepDtoRecipient": "update_phone_number_workflow_step_dto_recipient",
    "UpdatePhoneNumberWorkflowStepDtoTemplate": "update_phone_number_workflow_step_dto_template",
    "UpdatePhoneWhatsAppNumberWorkflowStepDto": "update_phone_whats_app_number_workflow_step_dto",
    "UpdatePhoneWhatsAppNumberWorkflowStepDtoAction": "update_phone_whats_app_number_workflow_step_dto_action",
    "UpdatePhoneWhatsAppNumberWorkflowStepDtoDict": "update_phone_whats_app_number_workflow_step_dto",
    "UpdatePhoneWhatsAppNumberWorkflowStepDtoRecipient": "update_phone_whats_app_number_workflow_step_dto_recipient",
    "UpdatePhoneWhatsAppNumberWorkflowStepDtoTemplate": "update_phone_whats_app_number_workflow_step_dto_template",
    "UpdatePrivateLinkBody": "update_private_link_body",
    "UpdatePrivateLinkBodyDict": "update_private_link_body",
    "UpdatePrivateLinkOutput": "update_private_link_output",
    "UpdatePrivateLinkOutputDict": "update_private_link_output",
    "UpdateRoutingFormResponseInput": "update_routing_form_response_input",
    "UpdateRoutingFormResponseInputDict": "update_routing_form_response_input",
    "UpdateRoutingFormResponseInputResponse": "update_routing_form_response_input_response",
    "UpdateRoutingFormResponseOutput": "update_routing_form_response_output",
    "UpdateRoutingFormResponseOutputDict": "update_routing_form_response_output",
    "UpdateRoutingFormResponseOutputStatus": "update_routing_form_response_output_status",
    "UpdateScheduleInput": "update_schedule_input",
    "UpdateScheduleInputDict": "update_schedule_input",
    "UpdateScheduleOutput": "update_schedule_output",
    "UpdateScheduleOutputDict": "update_schedule_output",
    "UpdateScheduleOutputError": "update_schedule_output_error",
    "UpdateScheduleOutputStatus": "update_schedule_output_status",
    "UpdateTeamEventTypeInput": "update_team_event_type_input",
    "UpdateTeamEventTypeInputDict": "update_team_event_type_input",
    "UpdateTeamEventTypeOutput": "update_team_event_type_output",
    "UpdateTeamEventTypeOutputDict": "update_team_event_type_output",
    "UpdateTeamEventTypeOutputStatus": "update_team_event_type_output_status",
    "UpdateTeamMembershipInput": "update_team_membership_input",
    "UpdateTeamMembershipInputDict": "update_team_membership_input",
    "UpdateTeamMembershipInputRole": "update_team_membership_input_role",
    "UpdateTeamMembershipOutput": "update_team_membership_output",
    "UpdateTeamMembershipOutputDict": "update_team_membership_output",
    "UpdateTeamMembershipOutputStatus": "update_team_membership_output_status",
    "UpdateTeamOutput": "update_team_output",
    "UpdateTeamOutputDict": "update_team_output",
    "UpdateTeamOutputStatus": "update_team_output_status",
    "UpdateUnifiedCalendarEventInput": "update_unified_calendar_event_input",
    "UpdateUnifiedCalendarEventInputDict": "update_unified_calendar_event_input",
    "UpdateUnifiedCalendarEventInputEnd": "update_unified_calendar_event_input_end",
    "UpdateUnifiedCalendarEventInputEndDict": "update_unified_calendar_event_input_end",
    "UpdateUnifiedCalendarEventInputStart": "update_unified_calendar_event_input_start",
    "UpdateUnifiedCalendarEventInputStartDict": "update_unified_calendar_event_input_start",
    "UpdateWebhookInputDto": "update_webhook_input_dto",
    "UpdateWebhookInputDtoDict": "update_webhook_input_dto",
    "UpdateWebhookInputDtoTriggersItem": "update_webhook_input_dto_triggers_item",
    "UpdateWhatsAppAttendeePhoneWorkflowStepDto": "update_whats_app_attendee_phone_workflow_step_dto",
    "UpdateWhatsAppAttendeePhoneWorkflowStepDtoAction": "update_whats_app_attendee_phone_workflow_step_dto_action",
    "UpdateWhatsAppAttendeePhoneWorkflowStepDtoDict": "update_whats_app_attendee_phone_workflow_step_dto",
    "UpdateWhatsAppAttendeePhoneWorkflowStepDtoRecipient": "update_whats_app_attendee_phone_workflow_step_dto_recipient",
    "UpdateWhatsAppAttendeePhoneWorkflowStepDtoTemplate": "update_whats_app_attendee_phone_workflow_step_dto_template",
    "UpdateWorkflowDto": "update_workflow_dto",
    "UpdateWorkflowDtoDict": "update_workflow_dto",
    "UrlFieldInput": "url_field_input",
    "UrlFieldInputDict": "url_field_input",
    "UrlFieldOutput": "url_field_output",
    "UrlFieldOutputDict": "url_field_output",
    "UsageBasedPrivateLinkOutput": "usage_based_private_link_output",
    "UsageBasedPrivateLinkOutputDict": "usage_based_private_link_output",
    "UserVerifiedEmailOutput": "user_verified_email_output",
    "UserVerifiedEmailOutputDict": "user_verified_email_output",
    "UserVerifiedEmailOutputStatus": "user_verified_email_output_status",
    "UserVerifiedEmailsOutput": "user_verified_emails_output",
    "UserVerifiedEmailsOutputDict": "user_verified_emails_output",
    "UserVerifiedEmailsOutputStatus": "user_verified_emails_output_status",
    "UserVerifiedPhoneOutput": "user_verified_phone_output",
    "UserVerifiedPhoneOutputDict": "user_verified_phone_output",
    "UserVerifiedPhoneOutputStatus": "user_verified_phone_output_status",
    "UserVerifiedPhonesOutput": "user_verified_phones_output",
    "UserVerifiedPhonesOutputDict": "user_verified_phones_output",
    "UserVerifiedPhonesOutputStatus": "user_verified_phones_output_status",
    "UserWebhookOutputDto": "user_webhook_output_dto",
    "UserWebhookOutputDtoDict": "user_webhook_output_dto",
    "UserWebhookOutputResponseDto": "user_webhook_output_response_dto",
    "UserWebhookOutputResponseDtoDict": "user_webhook_output_response_dto",
    "UserWebhookOutputResponseDtoStatus": "user_webhook_output_response_dto_status",
    "UserWebhooksOutputResponseDto": "user_webhooks_output_response_dto",
    "UserWebhooksOutputResponseDtoDict": "user_webhooks_output_response_dto",
    "UserWebhooksOutputResponseDtoStatus": "user_webhooks_output_response_dto_status",
    "ValidateBookingLocation": "validate_booking_location",
    "VerifyEmailInput": "verify_email_input",
    "VerifyEmailInputDict": "verify_email_input",
    "VerifyPhoneInput": "verify_phone_input",
    "VerifyPhoneInputDict": "verify_phone_input",
    "WorkflowActivationDto": "workflow_activation_dto",
    "WorkflowActivationDtoDict": "workflow_activation_dto",
    "WorkflowActivationOutputDto": "workflow_activation_output_dto",
    "WorkflowActivationOutputDtoDict": "workflow_activation_output_dto",
    "WorkflowEmailAddressStepDto": "workflow_email_address_step_dto",
    "WorkflowEmailAddressStepDtoAction": "workflow_email_address_step_dto_action",
    "WorkflowEmailAddressStepDtoDict": "workflow_email_address_step_dto",
    "WorkflowEmailAddressStepDtoRecipient": "workflow_email_address_step_dto_recipient",
    "WorkflowEmailAddressStepDtoTemplate": "workflow_email_address_step_dto_template",
    "WorkflowEmailAttendeeStepDto": "workflow_email_attendee_step_dto",
    "WorkflowEmailAttendeeStepDtoAction": "workflow_email_attendee_step_dto_action",
    "WorkflowEmailAttendeeStepDtoDict": "workflow_email_attendee_step_dto",
    "WorkflowEmailAttendeeStepDtoRecipient": "workflow_email_attendee_step_dto_recipient",
    "WorkflowEmailAttendeeStepDtoTemplate": "workflow_email_attendee_step_dto_template",
    "WorkflowEmailHostStepDto": "workflow_email_host_step_dto",
    "WorkflowEmailHostStepDtoAction": "workflow_email_host_step_dto_action",
    "WorkflowEmailHostStepDtoDict": "workflow_email_host_step_dto",
    "WorkflowEmailHostStepDtoRecipient": "workflow_email_host_step_dto_recipient",
    "WorkflowEmailHostStepDtoTemplate": "workflow_email_host_step_dto_template",
    "WorkflowMessageOutputDto": "workflow_message_output_dto",
    "WorkflowMessageOutputDtoDict": "workflow_message_output_dto",
    "WorkflowOutput": "workflow_output",
    "WorkflowOutputDict": "workflow_output",
    "WorkflowPhoneAttendeeStepDto": "workflow_phone_attendee_step_dto",
    "WorkflowPhoneAttendeeStepDtoAction": "workflow_phone_attendee_step_dto_action",
    "WorkflowPhoneAttendeeStepDtoDict": "workflow_phone_attendee_step_dto",
    "WorkflowPhoneAttendeeStepDtoRecipient": "workflow_phone_attendee_step_dto_recipient",
    "WorkflowPhoneAttendeeStepDtoTemplate": "workflow_phone_attendee_step_dto_template",
    "WorkflowPhoneNumberStepDto": "workflow_phone_number_step_dto",
    "WorkflowPhoneNumberStepDtoAction": "workflow_phone_number_step_dto_action",
    "WorkflowPhoneNumberStepDtoDict": "workflow_phone_number_step_dto",
    "WorkflowPhoneNumberStepDtoRecipient": "workflow_phone_number_step_dto_recipient",
    "WorkflowPhoneNumberStepDtoTemplate": "workflow_phone_number_step_dto_template",
    "WorkflowPhoneWhatsAppAttendeeStepDto": "workflow_phone_whats_app_attendee_step_dto",
    "WorkflowPhoneWhatsAppAttendeeStepDtoAction": "workflow_phone_whats_app_attendee_step_dto_action",
    "WorkflowPhoneWhatsAppAttendeeStepDtoDict": "workflow_phone_whats_app_attendee_step_dto",
    "WorkflowPhoneWhatsAppAttendeeStepDtoRecipient": "workflow_phone_whats_app_attendee_step_dto_recipient",
    "WorkflowPhoneWhatsAppAttendeeStepDtoTemplate": "workflow_phone_whats_app_attendee_step_dto_template",
    "WorkflowPhoneWhatsAppNumberStepDto": "workflow_phone_whats_app_number_step_dto",
    "WorkflowPhoneWhatsAppNumberStepDtoAction": "workflow_phone_whats_app_number_step_dto_action",
    "WorkflowPhoneWhatsAppNumberStepDtoDict": "workflow_phone_whats_app_number_step_dto",
    "WorkflowPhoneWhatsAppNumberStepDtoRecipient": "workflow_phone_whats_app_number_step_dto_recipient",
    "WorkflowPhoneWhatsAppNumberStepDtoTemplate": "workflow_phone_whats_app_number_step_dto_template",
    "WorkflowStepOutputDto": "workflow_step_output_dto",
    "WorkflowStepOutputDtoAction": "workflow_step_output_dto_action",
    "WorkflowStepOutputDtoDict": "workflow_step_output_dto",
    "WorkflowStepOutputDtoRecipient": "workflow_step_output_dto_recipient",
    "WorkflowStepOutputDtoTemplate": "workflow_step_output_dto_template",
    "WorkflowTriggerOffsetDto": "workflow_trigger_offset_dto",
    "WorkflowTriggerOffsetDtoDict": "workflow_trigger_offset_dto",
    "WorkflowTriggerOffsetDtoUnit": "workflow_trigger_offset_dto_unit",
    "WorkflowTriggerOffsetOutputDto": "workflow_trigger_offset_output_dto",
    "WorkflowTriggerOffsetOutputDtoDict": "workflow_trigger_offset_output_dto",
    "WorkflowTriggerOffsetOutputDtoUnit": "workflow_trigger_offset_output_dto_unit",
    "WorkflowTriggerOutputDto": "workflow_trigger_output_dto",
    "WorkflowTriggerOutputDtoDict": "workflow_trigger_output_dto",
    "WorkflowTriggerOutputDtoType": "workflow_trigger_output_dto_type",
    "WorkingHours": "working_hours",
    "WorkingHoursDict": "working_hours",
    "WorkspacePlatformDto": "workspace_platform_dto",
    "WorkspacePlatformDtoDict": "workspace_platform_dto",
}

__all__: tuple[str, ...] = (
    "AddressFieldInput",
    "AddressFieldInputDict",
    "AddressFieldOutput",
    "AddressFieldOutputDict",
    "ApiKeyOutput",
    "ApiKeyOutputDict",
    "AssignOptionUserOutput",
    "AssignOptionUserOutputData",
    "AssignOptionUserOutputDataDict",
    "AssignOptionUserOutputDict",
    "AssignOptionUserOutputStatus",
    "AssignOrganizationAttributeOptionToUserInput",
    "AssignOrganizationAttributeOptionToUserInputDict",
    "AssignedOptionOutput",
    "AssignedOptionOutputDict",
    "Attribute",
    "AttributeDict",
    "AttributeType",
    "AvailabilityModel",
    "AvailabilityModelDict",
    "AvailableSlot",
    "AvailableSlotDict",
    "AvailableSlotsByDate",
    "BaseAttribute",
    "BaseAttributeDict",
    "BaseBookingLimitsCount",
    "BaseBookingLimitsCountDict",
    "BaseBookingLimitsDuration",
    "BaseBookingLimitsDurationDict",
    "BaseConfirmationPolicy",
    "BaseConfirmationPolicyDict",
    "BaseConfirmationPolicyType",
    "BaseWorkflowTriggerDto",
    "BaseWorkflowTriggerDtoDict",
    "BaseWorkflowTriggerDtoType",
    "BookerLayouts",
    "BookerLayoutsDefaultLayout",
    "BookerLayoutsDict",
    "BookerLayoutsEnabledLayoutsItem",
    "BookingAttendee",
    "BookingAttendeeDict",
    "BookingAttendeeLanguage",
    "BookingHost",
    "BookingHostDict",
    "BookingInputAddressLocation",
    "BookingInputAddressLocationDict",
    "BookingInputAttendeeAddressLocation",
    "BookingInputAttendeeAddressLocationDict",
    "BookingInputAttendeeDefinedLocation",
    "BookingInputAttendeeDefinedLocationDict",
    "BookingInputAttendeePhoneLocation",
    "BookingInputAttendeePhoneLocationDict",
    "BookingInputIntegrationLocation",
    "BookingInputIntegrationLocationDict",
    "BookingInputIntegrationLocationIntegration",
    "BookingInputLinkLocation",
    "BookingInputLinkLocationDict",
    "BookingInputOrganizersDefaultAppLocation",
    "BookingInputOrganizersDefaultAppLocationDict",
    "BookingInputPhoneLocation",
    "BookingInputPhoneLocationDict",
    "BookingOutput",
    "BookingOutputBookingFieldsResponses",
    "BookingOutputDict",
    "BookingOutputMetadata",
    "BookingOutputStatus",
    "BookingReference",
    "BookingReferenceDict",
    "BookingReferencesOutput",
    "BookingReferencesOutputDict",
    "BookingsGetReferencesType",
    "BookingsListSortCreated",
    "BookingsListSortEnd",
    "BookingsListSortStart",
    "BookingsListSortUpdatedAt",
    "BookingsListStatusItem",
    "BooleanFieldInput",
    "BooleanFieldInputDict",
    "BooleanFieldOutput",
    "BooleanFieldOutputDict",
    "BusinessDaysWindow",
    "BusinessDaysWindowDict",
    "BusinessDaysWindowType",
    "BusyTimesOutput",
    "BusyTimesOutputDict",
    "CalUnifiedCalendarsGetCalendarEventDetailsCalendar",
    "CalUnifiedCalendarsUpdateCalendarEventCalendar",
    "CalVideoSettings",
    "CalVideoSettingsDict",
    "CalVideoSettingsRedirectUrlOnExit",
    "Calendar",
    "CalendarDaysWindow",
    "CalendarDaysWindowDict",
    "CalendarDaysWindowType",
    "CalendarDict",
    "CalendarEventAttendee",
    "CalendarEventAttendeeDict",
    "CalendarEventHost",
    "CalendarEventHostDict",
    "CalendarEventMoreLocation",
    "CalendarEventMoreLocationDict",
    "CalendarEventMoreLocationType",
    "CalendarEventOwner",
    "CalendarEventOwnerDict",
    "CalendarEventPhoneLocation",
    "CalendarEventPhoneLocationDict",
    "CalendarEventPhoneLocationType",
    "CalendarEventResponseStatus",
    "CalendarEventSipLocation",
    "CalendarEventSipLocationDict",
    "CalendarEventSipLocationType",
    "CalendarEventStatus",
    "CalendarEventVideoLocation",
    "CalendarEventVideoLocationDict",
    "CalendarEventVideoLocationType",
    "CalendarLink",
    "CalendarLinkDict",
    "CalendarLinksOutput",
    "CalendarLinksOutputDict",
    "CalendarSource",
    "CalendarToLoad",
    "CalendarToLoadDict",
    "CalendarsCheckCalendar",
    "CalendarsCheckIcsFeedResponse200",
    "CalendarsCheckResponse200",
    "CalendarsDeleteCredentialsCalendar",
    "CalendarsRedirectCalendar",
    "CalendarsRedirectResponse200",
    "CalendarsSaveCalendar",
    "CalendarsSyncCredentialsCalendar",
    "CancelBookingInput",
    "CancelBookingInputDict",
    "CancelBookingOutput",
    "CancelBookingOutputDict",
    "CancelBookingOutputStatus",
    "CancelSeatedBookingInput",
    "CancelSeatedBookingInputDict",
    "CheckboxGroupFieldInput",
    "CheckboxGroupFieldInputDict",
    "CheckboxGroupFieldOutput",
    "CheckboxGroupFieldOutputDict",
    "ConferencingAppOutputResponseDto",
    "ConferencingAppOutputResponseDtoDict",
    "ConferencingAppOutputResponseDtoStatus",
    "ConferencingAppsOutputDto",
    "ConferencingAppsOutputDtoDict",
    "ConferencingAppsOutputResponseDto",
    "ConferencingAppsOutputResponseDtoDict",
    "ConferencingAppsOutputResponseDtoStatus",
    "ConferencingConnectApp",
    "ConferencingDefaultApp",
    "ConferencingDisconnectApp",
    "ConferencingRedirectApp",
    "ConferencingSaveApp",
    "ConnectedCalendar",
    "ConnectedCalendarDict",
    "ConnectedCalendarsData",
    "ConnectedCalendarsDataDict",
    "ConnectedCalendarsOutput",
    "ConnectedCalendarsOutputDict",
    "ConnectedCalendarsOutputStatus",
    "CreateAttributeOptionOutput",
    "CreateAttributeOptionOutputDict",
    "CreateAttributeOptionOutputStatus",
    "CreateBookingAttendee",
    "CreateBookingAttendeeDict",
    "CreateBookingAttendeeLanguage",
    "CreateBookingInput",
    "CreateBookingInputBookingFieldsResponses",
    "CreateBookingInputDict",
    "CreateBookingInputMetadata",
    "CreateBookingOutput",
    "CreateBookingOutputDict",
    "CreateBookingOutputStatus",
    "CreateCalendarCredentialsInput",
    "CreateCalendarCredentialsInputDict",
    "CreateDelegationCredentialInput",
    "CreateDelegationCredentialInputDict",
    "CreateDelegationCredentialOutput",
    "CreateDelegationCredentialOutputDict",
    "CreateDelegationCredentialOutputStatus",
    "CreateEventTypeInput",
    "CreateEventTypeInputDict",
    "CreateEventTypeOutput",
    "CreateEventTypeOutputDict",
    "CreateEventTypeOutputStatus",
    "CreateIcsFeedInputDto",
    "CreateIcsFeedInputDtoDict",
    "CreateIcsFeedOutput",
    "CreateIcsFeedOutputDict",
    "CreateIcsFeedOutputResponseDto",
    "CreateIcsFeedOutputResponseDtoDict",
    "CreateIcsFeedOutputResponseDtoStatus",
    "CreateInstantBookingInput",
    "CreateInstantBookingInputBookingFieldsResponses",
    "CreateInstantBookingInputDict",
    "CreateInstantBookingInputMetadata",
    "CreateInviteOutputDto",
    "CreateInviteOutputDtoDict",
    "CreateManagedOrganizationOutput",
    "CreateManagedOrganizationOutputDict",
    "CreateManagedOrganizationOutputStatus",
    "CreateManagedUserData",
    "CreateManagedUserDataDict",
    "CreateManagedUserInput",
    "CreateManagedUserInputDict",
    "CreateManagedUserInputLocale",
    "CreateManagedUserInputMetadata",
    "CreateManagedUserInputTimeFormat",
    "CreateManagedUserInputWeekStart",
    "CreateManagedUserOutput",
    "CreateManagedUserOutputDict",
    "CreateManagedUserOutputError",
    "CreateManagedUserOutputStatus",
    "CreateOAuthClientInput",
    "CreateOAuthClientInputDict",
    "CreateOAuthClientInputPermissionsItem",
    "CreateOAuthClientOutput",
    "CreateOAuthClientOutputDict",
    "CreateOAuthClientResponseDto",
    "CreateOAuthClientResponseDtoDict",
    "CreateOAuthClientResponseDtoStatus",
    "CreateOrgMembershipDto",
    "CreateOrgMembershipDtoDict",
    "CreateOrgMembershipDtoRole",
    "CreateOrgMembershipOutput",
    "CreateOrgMembershipOutputDict",
    "CreateOrgMembershipOutputStatus",
    "CreateOrgTeamDto",
    "CreateOrgTeamDtoDict",
    "CreateOrgTeamDtoMetadata",
    "CreateOrgTeamMembershipDto",
    "CreateOrgTeamMembershipDtoDict",
    "CreateOrgTeamMembershipDtoRole",
    "CreateOrganizationAttributeInput",
    "CreateOrganizationAttributeInputDict",
    "CreateOrganizationAttributeInputType",
    "CreateOrganizationAttributeOptionInput",
    "CreateOrganizationAttributeOptionInputDict",
    "CreateOrganizationAttributesOutput",
    "CreateOrganizationAttributesOutputDict",
    "CreateOrganizationAttributesOutputStatus",
    "CreateOrganizationInput",
    "CreateOrganizationInputDict",
    "CreateOrganizationInputMetadata",
    "CreateOrganizationUserInput",
    "CreateOrganizationUserInputDict",
    "CreateOrganizationUserInputMetadata",
    "CreateOrganizationUserInputOrganizationRole",
    "CreateOutOfOfficeEntryDto",
    "CreateOutOfOfficeEntryDtoDict",
    "CreateOutOfOfficeEntryDtoReason",
    "CreatePhoneCallInput",
    "CreatePhoneCallInputDict",
    "CreatePhoneCallInputTemplateType",
    "CreatePhoneCallOutput",
    "CreatePhoneCallOutputDict",
    "CreatePhoneCallOutputStatus",
    "CreatePrivateLinkInput",
    "CreatePrivateLinkInputDict",
    "CreatePrivateLinkOutput",
    "CreatePrivateLinkOutputDict",
    "CreateRecurringBookingInput",
    "CreateRecurringBookingInputBookingFieldsResponses",
    "CreateRecurringBookingInputDict",
    "CreateRecurringBookingInputMetadata",
    "CreateRecurringSeatedBookingOutput",
    "CreateRecurringSeatedBookingOutputDict",
    "CreateRecurringSeatedBookingOutputMetadata",
    "CreateRecurringSeatedBookingOutputStatus",
    "CreateRoutingFormResponseOutput",
    "CreateRoutingFormResponseOutputData",
    "CreateRoutingFormResponseOutputDataDict",
    "CreateRoutingFormResponseOutputDict",
    "CreateRoutingFormResponseOutputStatus",
    "CreateScheduleInput",
    "CreateScheduleInputDict",
    "CreateScheduleOutput",
    "CreateScheduleOutputDict",
    "CreateScheduleOutputStatus",
    "CreateSeatedBookingOutput",
    "CreateSeatedBookingOutputDict",
    "CreateSeatedBookingOutputMetadata",
    "CreateSeatedBookingOutputStatus",
    "CreateTeamEventTypeInput",
    "CreateTeamEventTypeInputDict",
    "CreateTeamEventTypeInputSchedulingType",
    "CreateTeamEventTypeOutput",
    "CreateTeamEventTypeOutputDict",
    "CreateTeamEventTypeOutputStatus",
    "CreateTeamInput",
    "CreateTeamInputDict",
    "CreateTeamInputMetadata",
    "CreateTeamMembershipInput",
    "CreateTeamMembershipInputDict",
    "CreateTeamMembershipInputRole",
    "CreateTeamMembershipOutput",
    "CreateTeamMembershipOutputDict",
    "CreateTeamMembershipOutputStatus",
    "CreateTeamOutput",
    "CreateTeamOutputData",
    "CreateTeamOutputDataDict",
    "CreateTeamOutputDict",
    "CreateTeamOutputStatus",
    "CreateWebhookInputDto",
    "CreateWebhookInputDtoDict",
    "CreateWebhookInputDtoTriggersItem",
    "CreateWorkflowDto",
    "CreateWorkflowDtoDict",
    "Data",
    "DataDict",
    "DeclineBookingInput",
    "DeclineBookingInputDict",
    "DefaultConferencingAppsOutputDto",
    "DefaultConferencingAppsOutputDtoDict",
    "DelegationCredentialOutput",
    "DelegationCredentialOutputDict",
    "DeleteAttributeOptionOutput",
    "DeleteAttributeOptionOutputDict",
    "DeleteAttributeOptionOutputStatus",
    "DeleteCalendarCredentialsInputBodyDto",
    "DeleteCalendarCredentialsInputBodyDtoDict",
    "DeleteData",
    "DeleteDataDict",
    "DeleteEventTypeOutput",
    "DeleteEventTypeOutputDict",
    "DeleteEventTypeOutputStatus",
    "DeleteManyWebhooksOutputResponseDto",
    "DeleteManyWebhooksOutputResponseDtoDict",
    "DeleteManyWebhooksOutputResponseDtoStatus",
    "DeleteOrgMembership",
    "DeleteOrgMembershipDict",
    "DeleteOrgMembershipStatus",
    "DeleteOrganizationAttributesOutput",
    "DeleteOrganizationAttributesOutputDict",
    "DeleteOrganizationAttributesOutputStatus",
    "DeletePrivateLinkOutput",
    "DeletePrivateLinkOutputData",
    "DeletePrivateLinkOutputDataDict",
    "DeletePrivateLinkOutputDict",
    "DeleteScheduleOutput",
    "DeleteScheduleOutputDict",
    "DeleteScheduleOutputStatus",
    "DeleteTeamEventTypeOutput",
    "DeleteTeamEventTypeOutputData",
    "DeleteTeamEventTypeOutputDict",
    "DeleteTeamEventTypeOutputStatus",
    "DeleteTeamMembershipOutput",
    "DeleteTeamMembershipOutputDict",
    "DeleteTeamMembershipOutputStatus",
    "DeletedCalendarCredentialsOutputDto",
    "DeletedCalendarCredentialsOutputDtoDict",
    "DeletedCalendarCredentialsOutputResponseDto",
    "DeletedCalendarCredentialsOutputResponseDtoDict",
    "DeletedCalendarCredentialsOutputResponseDtoStatus",
    "DestinationCalendar",
    "DestinationCalendarDict",
    "DestinationCalendarLegacy",
    "DestinationCalendarLegacyDict",
    "DestinationCalendarLegacyId",
    "DestinationCalendarsInputBodyDto",
    "DestinationCalendarsInputBodyDtoDict",
    "DestinationCalendarsInputBodyDtoIntegration",
    "DestinationCalendarsOutputDto",
    "DestinationCalendarsOutputDtoDict",
    "DestinationCalendarsOutputResponseDto",
    "DestinationCalendarsOutputResponseDtoDict",
    "DestinationCalendarsOutputResponseDtoStatus",
    "Disabled",
    "DisabledDict",
    "DisconnectConferencingAppOutputResponseDto",
    "DisconnectConferencingAppOutputResponseDtoDict",
    "DisconnectConferencingAppOutputResponseDtoStatus",
    "EmailDefaultFieldInput",
    "EmailDefaultFieldInputDict",
    "EmailDefaultFieldInputRequired",
    "EmailDefaultFieldOutput",
    "EmailDefaultFieldOutputDict",
    "EmailDefaultFieldOutputRequired",
    "EventType",
    "EventTypeColor",
    "EventTypeColorDict",
    "EventTypeDict",
    "EventTypeOutput",
    "EventTypeOutputBookingLimitsCount",
    "EventTypeOutputBookingLimitsDuration",
    "EventTypeOutputConfirmationPolicy",
    "EventTypeOutputDict",
    "EventTypeOutputForwardParamsSuccessRedirectType0",
    "EventTypeOutputMetadata",
    "EventTypeOutputSeatsPerTimeSlotType0",
    "EventTypeOutputSuccessRedirectUrlType0",
    "EventTypeTeam",
    "EventTypeTeamDict",
    "EventTypeUser",
    "EventTypeUserDict",
    "EventTypeUserMetadata",
    "EventTypeWebhookOutputDto",
    "EventTypeWebhookOutputDtoDict",
    "EventTypeWebhookOutputResponseDto",
    "EventTypeWebhookOutputResponseDtoDict",
    "EventTypeWebhookOutputResponseDtoStatus",
    "EventTypeWebhooksOutputResponseDto",
    "EventTypeWebhooksOutputResponseDtoDict",
    "EventTypeWebhooksOutputResponseDtoStatus",
    "GetAllAttributeAssignedOptionOutput",
    "GetAllAttributeAssignedOptionOutputDict",
    "GetAllAttributeAssignedOptionOutputStatus",
    "GetAllAttributeOptionOutput",
    "GetAllAttributeOptionOutputDict",
    "GetAllAttributeOptionOutputStatus",
    "GetAllOrgMemberships",
    "GetAllOrgMembershipsDict",
    "GetAllOrgMembershipsStatus",
    "GetBookingOutput",
    "GetBookingOutputDict",
    "GetBookingOutputError",
    "GetBookingOutputStatus",
    "GetBookingRecordingsOutput",
    "GetBookingRecordingsOutputDict",
    "GetBookingRecordingsOutputError",
    "GetBookingRecordingsOutputStatus",
    "GetBookingTranscriptsOutput",
    "GetBookingTranscriptsOutputDict",
    "GetBookingTranscriptsOutputError",
    "GetBookingTranscriptsOutputStatus",
    "GetBookingsOutput",
    "GetBookingsOutputDict",
    "GetBookingsOutputError",
    "GetBookingsOutputStatus",
    "GetBusyTimesOutput",
    "GetBusyTimesOutputDict",
    "GetBusyTimesOutputStatus",
    "GetConferencingAppsOauthUrlResponseDto",
    "GetConferencingAppsOauthUrlResponseDtoDict",
    "GetConferencingAppsOauthUrlResponseDtoStatus",
    "GetDefaultConferencingAppOutputResponseDto",
    "GetDefaultConferencingAppOutputResponseDtoDict",
    "GetDefaultConferencingAppOutputResponseDtoStatus",
    "GetDefaultScheduleOutput",
    "GetDefaultScheduleOutputDict",
    "GetDefaultScheduleOutputStatus",
    "GetEventTypeOutput",
    "GetEventTypeOutputDict",
    "GetEventTypeOutputStatus",
    "GetEventTypesOutput",
    "GetEventTypesOutputDict",
    "GetEventTypesOutputStatus",
    "GetManagedOrganizationOutput",
    "GetManagedOrganizationOutputDict",
    "GetManagedOrganizationOutputStatus",
    "GetManagedOrganizationsOutput",
    "GetManagedOrganizationsOutputDict",
    "GetManagedOrganizationsOutputStatus",
    "GetManagedUserOutput",
    "GetManagedUserOutputDict",
    "GetManagedUserOutputStatus",
    "GetManagedUsersOutput",
    "GetManagedUsersOutputDict",
    "GetManagedUsersOutputStatus",
    "GetMeOutput",
    "GetMeOutputDict",
    "GetMeOutputStatus",
    "GetOAuthClientResponseDto",
    "GetOAuthClientResponseDtoDict",
    "GetOAuthClientResponseDtoStatus",
    "GetOAuthClientsResponseDto",
    "GetOAuthClientsResponseDtoDict",
    "GetOAuthClientsResponseDtoStatus",
    "GetOptionUserOutput",
    "GetOptionUserOutputData",
    "GetOptionUserOutputDataDict",
    "GetOptionUserOutputDict",
    "GetOptionUserOutputStatus",
    "GetOrgMembership",
    "GetOrgMembershipDict",
    "GetOrgMembershipStatus",
    "GetOrgUsersWithProfileOutput",
    "GetOrgUsersWithProfileOutputDict",
    "GetOrgUsersWithProfileOutputMetadata",
    "GetOrganizationAttributesOutput",
    "GetOrganizationAttributesOutputDict",
    "GetOrganizationAttributesOutputStatus",
    "GetOrganizationUserOutput",
    "GetOrganizationUserOutputDict",
    "GetOrganizationUserOutputStatus",
    "GetOrganizationUsersResponseDTO",
    "GetOrganizationUsersResponseDTODict",
    "GetOrganizationUsersResponseDTOStatus",
    "GetPrivateLinksOutput",
    "GetPrivateLinksOutputDict",
    "GetRecurringSeatedBookingOutput",
    "GetRecurringSeatedBookingOutputDict",
    "GetRecurringSeatedBookingOutputMetadata",
    "GetRecurringSeatedBookingOutputStatus",
    "GetReservedSlotOutput",
    "GetReservedSlotOutputDict",
    "GetReservedSlotOutputStatus",
    "GetRoutingFormResponsesOutput",
    "GetRoutingFormResponsesOutputDict",
    "GetRoutingFormResponsesOutputStatus",
    "GetRoutingFormsOutput",
    "GetRoutingFormsOutputDict",
    "GetRoutingFormsOutputStatus",
    "GetScheduleOutput",
    "GetScheduleOutputDict",
    "GetScheduleOutputError",
    "GetScheduleOutputStatus",
    "GetSchedulesOutput",
    "GetSchedulesOutputDict",
    "GetSchedulesOutputError",
    "GetSchedulesOutputStatus",
    "GetSeatedBookingOutput",
    "GetSeatedBookingOutputDict",
    "GetSeatedBookingOutputMetadata",
    "GetSeatedBookingOutputStatus",
    "GetSingleAttributeOutput",
    "GetSingleAttributeOutputDict",
    "GetSingleAttributeOutputStatus",
    "GetTeamEventTypeOutput",
    "GetTeamEventTypeOutputDict",
    "GetTeamEventTypeOutputStatus",
    "GetTeamEventTypesOutput",
    "GetTeamEventTypesOutputDict",
    "GetTeamEventTypesOutputStatus",
    "GetTeamMembershipOutput",
    "GetTeamMembershipOutputDict",
    "GetTeamMembershipOutputStatus",
    "GetTeamMembershipsOutput",
    "GetTeamMembershipsOutputDict",
    "GetTeamMembershipsOutputStatus",
    "GetTeamOutput",
    "GetTeamOutputDict",
    "GetTeamOutputStatus",
    "GetTeamsOutput",
    "GetTeamsOutputDict",
    "GetTeamsOutputStatus",
    "GetUnifiedCalendarEventOutput",
    "GetUnifiedCalendarEventOutputDict",
    "GetUnifiedCalendarEventOutputStatus",
    "GetWorkflowOutput",
    "GetWorkflowOutputDict",
    "GetWorkflowOutputStatus",
    "GetWorkflowsOutput",
    "GetWorkflowsOutputDict",
    "GetWorkflowsOutputStatus",
    "GoogleServiceAccountKeyInput",
    "GoogleServiceAccountKeyInputDict",
    "GuestsDefaultFieldInput",
    "GuestsDefaultFieldInputDict",
    "GuestsDefaultFieldOutput",
    "GuestsDefaultFieldOutputDict",
    "Host",
    "HostDict",
    "HostPriority",
    "HtmlWorkflowMessageDto",
    "HtmlWorkflowMessageDtoDict",
    "InputAddressLocation",
    "InputAddressLocationDict",
    "InputAttendeeAddressLocation",
    "InputAttendeeAddressLocationDict",
    "InputAttendeeDefinedLocation",
    "InputAttendeeDefinedLocationDict",
    "InputAttendeePhoneLocation",
    "InputAttendeePhoneLocationDict",
    "InputIntegrationLocation",
    "InputIntegrationLocationDict",
    "InputIntegrationLocationIntegration",
    "InputLinkLocation",
    "InputLinkLocationDict",
    "InputOrganizersDefaultApp",
    "InputOrganizersDefaultAppDict",
    "InputPhoneLocation",
    "InputPhoneLocationDict",
    "Integration",
    "IntegrationAppDataType0",
    "IntegrationDict",
    "IntegrationLocationOptionType0",
    "InviteDataDto",
    "InviteDataDtoDict",
    "KeysDto",
    "KeysDtoDict",
    "KeysResponseDto",
    "KeysResponseDtoDict",
    "KeysResponseDtoStatus",
    "LocationDefaultFieldInput",
    "LocationDefaultFieldInputDict",
    "LocationDefaultFieldOutput",
    "LocationDefaultFieldOutputDict",
    "ManagedOrganizationOutput",
    "ManagedOrganizationOutputDict",
    "ManagedOrganizationOutputMetadata",
    "ManagedOrganizationWithApiKeyOutput",
    "ManagedOrganizationWithApiKeyOutputDict",
    "ManagedOrganizationWithApiKeyOutputMetadata",
    "ManagedUserOutput",
    "ManagedUserOutputDict",
    "ManagedUserOutputLocale",
    "ManagedUserOutputMetadata",
    "MarkAbsentAttendee",
    "MarkAbsentAttendeeDict",
    "MarkAbsentBookingInput",
    "MarkAbsentBookingInputDict",
    "MarkAbsentBookingOutput",
    "MarkAbsentBookingOutputDict",
    "MarkAbsentBookingOutputStatus",
    "MeOrgOutput",
    "MeOrgOutputDict",
    "MeOutput",
    "MeOutputDict",
    "MembershipUserOutputDto",
    "MembershipUserOutputDtoDict",
    "MembershipUserOutputDtoMetadata",
    "MicrosoftServiceAccountKeyInput",
    "MicrosoftServiceAccountKeyInputDict",
    "MultiEmailFieldInput",
    "MultiEmailFieldInputDict",
    "MultiEmailFieldOutput",
    "MultiEmailFieldOutputDict",
    "MultiSelectAttribute",
    "MultiSelectAttributeDict",
    "MultiSelectAttributeOption",
    "MultiSelectAttributeOptionDict",
    "MultiSelectFieldInput",
    "MultiSelectFieldInputDict",
    "MultiSelectFieldOutput",
    "MultiSelectFieldOutputDict",
    "NameDefaultFieldInput",
    "NameDefaultFieldInputDict",
    "NameDefaultFieldOutput",
    "NameDefaultFieldOutputDict",
    "NotesDefaultFieldInput",
    "NotesDefaultFieldInputDict",
    "NotesDefaultFieldOutput",
    "NotesDefaultFieldOutputDict",
    "NoticeThreshold",
    "NoticeThresholdDict",
    "NumberAttribute",
    "NumberAttributeDict",
    "NumberFieldInput",
    "NumberFieldInputDict",
    "NumberFieldOutput",
    "NumberFieldOutputDict",
    "OAuthClientWebhookOutputDto",
    "OAuthClientWebhookOutputDtoDict",
    "OAuthClientWebhookOutputResponseDto",
    "OAuthClientWebhookOutputResponseDtoDict",
    "OAuthClientWebhookOutputResponseDtoStatus",
    "OAuthClientWebhooksOutputResponseDto",
    "OAuthClientWebhooksOutputResponseDtoDict",
    "OAuthClientWebhooksOutputResponseDtoStatus",
    "OnAfterCalVideoGuestsNoShowTriggerDto",
    "OnAfterCalVideoGuestsNoShowTriggerDtoDict",
    "OnAfterCalVideoGuestsNoShowTriggerDtoType",
    "OnAfterCalVideoHostsNoShowTriggerDto",
    "OnAfterCalVideoHostsNoShowTriggerDtoDict",
    "OnAfterCalVideoHostsNoShowTriggerDtoType",
    "OnAfterEventTriggerDto",
    "OnAfterEventTriggerDtoDict",
    "OnAfterEventTriggerDtoType",
    "OnBeforeEventTriggerDto",
    "OnBeforeEventTriggerDtoDict",
    "OnBeforeEventTriggerDtoType",
    "OnCancelTriggerDto",
    "OnCancelTriggerDtoDict",
    "OnCancelTriggerDtoType",
    "OnCreationTriggerDto",
    "OnCreationTriggerDtoDict",
    "OnCreationTriggerDtoType",
    "OnNoShowUpdateTriggerDto",
    "OnNoShowUpdateTriggerDtoDict",
    "OnPaidTriggerDto",
    "OnPaidTriggerDtoDict",
    "OnPaymentInitiatedTriggerDto",
    "OnPaymentInitiatedTriggerDtoDict",
    "OnRejectedTriggerDto",
    "OnRejectedTriggerDtoDict",
    "OnRequestedTriggerDto",
    "OnRequestedTriggerDtoDict",
    "OnRescheduleTriggerDto",
    "OnRescheduleTriggerDtoDict",
    "OnRescheduleTriggerDtoType",
    "OptionOutput",
    "OptionOutputDict",
    "OrgMeTeamsOutputResponseDto",
    "OrgMeTeamsOutputResponseDtoDict",
    "OrgMeTeamsOutputResponseDtoStatus",
    "OrgTeamMembershipOutputResponseDto",
    "OrgTeamMembershipOutputResponseDtoDict",
    "OrgTeamMembershipOutputResponseDtoStatus",
    "OrgTeamMembershipsOutputResponseDto",
    "OrgTeamMembershipsOutputResponseDtoDict",
    "OrgTeamMembershipsOutputResponseDtoStatus",
    "OrgTeamOutputDto",
    "OrgTeamOutputDtoDict",
    "OrgTeamOutputDtoMetadata",
    "OrgTeamOutputResponseDto",
    "OrgTeamOutputResponseDtoDict",
    "OrgTeamOutputResponseDtoStatus",
    "OrgTeamsOutputResponseDto",
    "OrgTeamsOutputResponseDtoDict",
    "OrgTeamsOutputResponseDtoStatus",
    "OrganizationMembershipOutput",
    "OrganizationMembershipOutputDict",
    "OrganizationMembershipOutputRole",
    "OrgsBookingsListSortCreated",
    "OrgsBookingsListSortEnd",
    "OrgsBookingsListSortStart",
    "OrgsBookingsListSortUpdatedAt",
    "OrgsBookingsListStatusItem",
    "OrgsRoutingFormsCreateResponseFormat",
    "OrgsRoutingFormsGetResponsesSortCreatedAt",
    "OrgsRoutingFormsGetResponsesSortUpdatedAt",
    "OrgsRoutingFormsListSortCreatedAt",
    "OrgsRoutingFormsListSortUpdatedAt",
    "OrgsTeamsBookingsGetReferencesType",
    "OrgsTeamsBookingsListSortCreated",
    "OrgsTeamsBookingsListSortEnd",
    "OrgsTeamsBookingsListSortStart",
    "OrgsTeamsBookingsListStatusItem",
    "OrgsTeamsConferencingConnectAppApp",
    "OrgsTeamsConferencingDisconnectAppApp",
    "OrgsTeamsConferencingGetOauthUrlApp",
    "OrgsTeamsConferencingSetDefaultAppApp",
    "OrgsTeamsRoutingFormsListSortCreatedAt",
    "OrgsTeamsRoutingFormsListSortUpdatedAt",
    "OrgsTeamsRoutingFormsResponsesCreateFormat",
    "OrgsTeamsRoutingFormsResponsesListSortCreatedAt",
    "OrgsTeamsRoutingFormsResponsesListSortUpdatedAt",
    "OrgsUsersBookingsListResponse200",
    "OrgsUsersBookingsListResponse200DataItem",
    "OrgsUsersBookingsListResponse200Dict",
    "OrgsUsersBookingsListResponse200Status",
    "OrgsUsersBookingsListSortCreated",
    "OrgsUsersBookingsListSortEnd",
    "OrgsUsersBookingsListSortStart",
    "OrgsUsersBookingsListSortUpdatedAt",
    "OrgsUsersBookingsListStatusItem",
    "OrgsUsersListAttributeQueryOperator",
    "OrgsUsersOooGetResponse200",
    "OrgsUsersOooGetResponse200DataItem",
    "OrgsUsersOooGetResponse200Dict",
    "OrgsUsersOooGetResponse200Status",
    "OrgsUsersOooGetSortEnd",
    "OrgsUsersOooGetSortStart",
    "OrgsUsersOooListResponse200",
    "OrgsUsersOooListResponse200DataItem",
    "OrgsUsersOooListResponse200Dict",
    "OrgsUsersOooListResponse200Status",
    "OrgsUsersOooListSortEnd",
    "OrgsUsersOooListSortStart",
    "OutputAddressLocation",
    "OutputAddressLocationDict",
    "OutputIntegrationLocation",
    "OutputIntegrationLocationDict",
    "OutputIntegrationLocationIntegration",
    "OutputLinkLocation",
    "OutputLinkLocationDict",
    "OutputOrganizersDefaultAppLocation",
    "OutputOrganizersDefaultAppLocationDict",
    "OutputPhoneLocation",
    "OutputPhoneLocationDict",
    "OutputUnknownLocation",
    "OutputUnknownLocationDict",
    "PaginationMetaDto",
    "PaginationMetaDtoDict",
    "PhoneFieldInput",
    "PhoneFieldInputDict",
    "PhoneFieldOutput",
    "PhoneFieldOutputDict",
    "PlatformOAuthClientDto",
    "PlatformOAuthClientDtoDict",
    "PlatformOAuthClientDtoPermissionsItem",
    "Primary",
    "PrimaryDict",
    "ProfileOutput",
    "ProfileOutputDict",
    "RadioGroupFieldInput",
    "RadioGroupFieldInputDict",
    "RadioGroupFieldOutput",
    "RadioGroupFieldOutputDict",
    "RangeSlotsOutput",
    "RangeWindow",
    "RangeWindowDict",
    "RangeWindowType",
    "ReassignBookingOutput",
    "ReassignBookingOutputDict",
    "ReassignBookingOutputStatus",
    "ReassignToUserBookingInput",
    "ReassignToUserBookingInputDict",
    "ReassignedToDto",
    "ReassignedToDtoDict",
    "RecordingItem",
    "RecordingItemDict",
    "Recurrence",
    "RecurrenceDict",
    "RecurrenceFrequency",
    "RecurringBookingOutput",
    "RecurringBookingOutputBookingFieldsResponses",
    "RecurringBookingOutputDict",
    "RecurringBookingOutputMetadata",
    "RecurringBookingOutputStatus",
    "RefreshApiKeyInput",
    "RefreshApiKeyInputDict",
    "RefreshApiKeyOutput",
    "RefreshApiKeyOutputDict",
    "RefreshApiKeyOutputStatus",
    "RefreshTokenInput",
    "RefreshTokenInputDict",
    "RequestEmailVerificationInput",
    "RequestEmailVerificationInputDict",
    "RequestEmailVerificationOutput",
    "RequestEmailVerificationOutputDict",
    "RequestEmailVerificationOutputStatus",
    "RequestPhoneVerificationInput",
    "RequestPhoneVerificationInputDict",
    "RequestPhoneVerificationOutput",
    "RequestPhoneVerificationOutputDict",
    "RequestPhoneVerificationOutputStatus",
    "RescheduleBookingInput",
    "RescheduleBookingInputDict",
    "RescheduleBookingOutput",
    "RescheduleBookingOutputDict",
    "RescheduleBookingOutputStatus",
    "RescheduleReasonDefaultFieldInput",
    "RescheduleReasonDefaultFieldInputDict",
    "RescheduleReasonDefaultFieldOutput",
    "RescheduleReasonDefaultFieldOutputDict",
    "RescheduleSeatedBookingInput",
    "RescheduleSeatedBookingInputDict",
    "ReserveSlotInput",
    "ReserveSlotInputDict",
    "ReserveSlotOutput",
    "ReserveSlotOutputDict",
    "ReserveSlotOutputResponse",
    "ReserveSlotOutputResponseDict",
    "ReserveSlotOutputResponseStatus",
    "ReservedSlotOutput",
    "ReservedSlotOutputDict",
    "ResponseSlotsOutput",
    "ResponseSlotsOutputData",
    "ResponseSlotsOutputDataDict",
    "ResponseSlotsOutputDict",
    "ResponseSlotsOutputStatus",
    "Routing",
    "RoutingDict",
    "RoutingFormOutput",
    "RoutingFormOutputDict",
    "RoutingFormOutputFieldsType0",
    "RoutingFormOutputRoutesType0",
    "RoutingFormOutputSettingsType0",
    "RoutingFormResponseOutput",
    "RoutingFormResponseOutputDict",
    "RoutingFormResponseOutputResponse",
    "RoutingFormsCalculateSlotsBasedOnResponseFormat",
    "ScheduleAvailabilityInput",
    "ScheduleAvailabilityInputDaysItem",
    "ScheduleAvailabilityInputDict",
    "ScheduleOutput",
    "ScheduleOutputDict",
    "ScheduleOutputLegacy",
    "ScheduleOutputLegacyDateOverridesItem",
    "ScheduleOutputLegacyDict",
    "ScheduleOverrideInput",
    "ScheduleOverrideInputDict",
    "SeatedAttendee",
    "SeatedAttendeeBookingFieldsResponses",
    "SeatedAttendeeDict",
    "SeatedAttendeeLanguage",
    "SeatedAttendeeMetadata",
    "Seats",
    "SeatsDict",
    "SelectFieldInput",
    "SelectFieldInputDict",
    "SelectFieldOutput",
    "SelectFieldOutputDict",
    "SelectedCalendarOutputDto",
    "SelectedCalendarOutputDtoDict",
    "SelectedCalendarOutputResponseDto",
    "SelectedCalendarOutputResponseDtoDict",
    "SelectedCalendarOutputResponseDtoStatus",
    "SelectedCalendarsInputDto",
    "SelectedCalendarsInputDtoDict",
    "SetDefaultConferencingAppOutputResponseDto",
    "SetDefaultConferencingAppOutputResponseDtoDict",
    "SetDefaultConferencingAppOutputResponseDtoStatus",
    "SingleSelectAttribute",
    "SingleSelectAttributeDict",
    "SlotsDeleteReservedResponse200",
    "SlotsGetResponse200",
    "SlotsGetResponse200Dict",
    "SlotsGetResponse200Status",
    "SlotsOutput",
    "StripConnectOutputDto",
    "StripConnectOutputDtoDict",
    "StripConnectOutputResponseDto",
    "StripConnectOutputResponseDtoDict",
    "StripConnectOutputResponseDtoStatus",
    "StripCredentialsCheckOutputResponseDto",
    "StripCredentialsCheckOutputResponseDtoDict",
    "StripCredentialsSaveOutputResponseDto",
    "StripCredentialsSaveOutputResponseDtoDict",
    "TeamEventTypeOutput",
    "TeamEventTypeOutputBookingLimitsCount",
    "TeamEventTypeOutputBookingLimitsDuration",
    "TeamEventTypeOutputConfirmationPolicy",
    "TeamEventTypeOutputDict",
    "TeamEventTypeOutputForwardParamsSuccessRedirectType0",
    "TeamEventTypeOutputMetadata",
    "TeamEventTypeOutputOwnerIdType0",
    "TeamEventTypeOutputParentEventTypeIdType0",
    "TeamEventTypeOutputSchedulingType",
    "TeamEventTypeOutputSeatsPerTimeSlotType0",
    "TeamEventTypeOutputSuccessRedirectUrlType0",
    "TeamEventTypeResponseHost",
    "TeamEventTypeResponseHostDict",
    "TeamEventTypeResponseHostPriority",
    "TeamMembershipOutput",
    "TeamMembershipOutputDict",
    "TeamMembershipOutputRole",
    "TeamOutputDto",
    "TeamOutputDtoDict",
    "TeamOutputDtoMetadata",
    "TeamVerifiedEmailOutput",
    "TeamVerifiedEmailOutputDict",
    "TeamVerifiedEmailOutputStatus",
    "TeamVerifiedEmailsOutput",
    "TeamVerifiedEmailsOutputDict",
    "TeamVerifiedEmailsOutputStatus",
    "TeamVerifiedPhoneOutput",
    "TeamVerifiedPhoneOutputDict",
    "TeamVerifiedPhoneOutputStatus",
    "TeamVerifiedPhonesOutput",
    "TeamVerifiedPhonesOutputDict",
    "TeamVerifiedPhonesOutputStatus",
    "TeamWebhookOutputDto",
    "TeamWebhookOutputDtoDict",
    "TeamWebhookOutputResponseDto",
    "TeamWebhookOutputResponseDtoDict",
    "TeamWebhookOutputResponseDtoStatus",
    "TeamWebhooksOutputResponseDto",
    "TeamWebhooksOutputResponseDtoDict",
    "TeamWebhooksOutputResponseDtoStatus",
    "TextAreaFieldInput",
    "TextAreaFieldInputDict",
    "TextAreaFieldOutput",
    "TextAreaFieldOutputDict",
    "TextAttribute",
    "TextAttributeDict",
    "TextFieldInput",
    "TextFieldInputDict",
    "TextFieldOutput",
    "TextFieldOutputDict",
    "TextWorkflowMessageDto",
    "TextWorkflowMessageDtoDict",
    "TimeBasedPrivateLinkOutput",
    "TimeBasedPrivateLinkOutputDict",
    "TitleDefaultFieldInput",
    "TitleDefaultFieldInputDict",
    "TitleDefaultFieldOutput",
    "TitleDefaultFieldOutputDict",
    "UnassignOptionUserOutput",
    "UnassignOptionUserOutputDict",
    "UnassignOptionUserOutputStatus",
    "UnifiedCalendarEventOutput",
    "UnifiedCalendarEventOutputDict",
    "UnifiedCalendarEventOutputEnd",
    "UnifiedCalendarEventOutputEndDict",
    "UnifiedCalendarEventOutputStart",
    "UnifiedCalendarEventOutputStartDict",
    "UpdateAttributeOptionOutput",
    "UpdateAttributeOptionOutputDict",
    "UpdateAttributeOptionOutputStatus",
    "UpdateCalendarEventAttendee",
    "UpdateCalendarEventAttendeeDict",
    "UpdateDelegationCredentialInput",
    "UpdateDelegationCredentialInputDict",
    "UpdateDelegationCredentialOutput",
    "UpdateDelegationCredentialOutputDict",
    "UpdateDelegationCredentialOutputStatus",
    "UpdateEmailAddressWorkflowStepDto",
    "UpdateEmailAddressWorkflowStepDtoAction",
    "UpdateEmailAddressWorkflowStepDtoDict",
    "UpdateEmailAddressWorkflowStepDtoRecipient",
    "UpdateEmailAddressWorkflowStepDtoTemplate",
    "UpdateEmailAttendeeWorkflowStepDto",
    "UpdateEmailAttendeeWorkflowStepDtoAction",
    "UpdateEmailAttendeeWorkflowStepDtoDict",
    "UpdateEmailAttendeeWorkflowStepDtoRecipient",
    "UpdateEmailAttendeeWorkflowStepDtoTemplate",
    "UpdateEmailHostWorkflowStepDto",
    "UpdateEmailHostWorkflowStepDtoAction",
    "UpdateEmailHostWorkflowStepDtoDict",
    "UpdateEmailHostWorkflowStepDtoRecipient",
    "UpdateEmailHostWorkflowStepDtoTemplate",
    "UpdateEventTypeInput",
    "UpdateEventTypeInputDict",
    "UpdateEventTypeOutput",
    "UpdateEventTypeOutputDict",
    "UpdateEventTypeOutputStatus",
    "UpdateManagedUserInput",
    "UpdateManagedUserInputDict",
    "UpdateManagedUserInputLocale",
    "UpdateManagedUserInputMetadata",
    "UpdateManagedUserInputTimeFormat",
    "UpdateManagedUserInputWeekStart",
    "UpdateMeOutput",
    "UpdateMeOutputDict",
    "UpdateMeOutputStatus",
    "UpdateOAuthClientInput",
    "UpdateOAuthClientInputDict",
    "UpdateOrgMembership",
    "UpdateOrgMembershipDict",
    "UpdateOrgMembershipDto",
    "UpdateOrgMembershipDtoDict",
    "UpdateOrgMembershipDtoRole",
    "UpdateOrgMembershipStatus",
    "UpdateOrgTeamDto",
    "UpdateOrgTeamDtoDict",
    "UpdateOrgTeamDtoMetadata",
    "UpdateOrgTeamMembershipDto",
    "UpdateOrgTeamMembershipDtoDict",
    "UpdateOrgTeamMembershipDtoRole",
    "UpdateOrganizationAttributeInput",
    "UpdateOrganizationAttributeInputDict",
    "UpdateOrganizationAttributeInputType",
    "UpdateOrganizationAttributeOptionInput",
    "UpdateOrganizationAttributeOptionInputDict",
    "UpdateOrganizationAttributesOutput",
    "UpdateOrganizationAttributesOutputDict",
    "UpdateOrganizationAttributesOutputStatus",
    "UpdateOrganizationInput",
    "UpdateOrganizationInputDict",
    "UpdateOrganizationInputMetadata",
    "UpdateOrganizationUserInput",
    "UpdateOutOfOfficeEntryDto",
    "UpdateOutOfOfficeEntryDtoDict",
    "UpdateOutOfOfficeEntryDtoReason",
    "UpdatePhoneAttendeeWorkflowStepDto",
    "UpdatePhoneAttendeeWorkflowStepDtoAction",
    "UpdatePhoneAttendeeWorkflowStepDtoDict",
    "UpdatePhoneAttendeeWorkflowStepDtoRecipient",
    "UpdatePhoneAttendeeWorkflowStepDtoTemplate",
    "UpdatePhoneNumberWorkflowStepDto",
    "UpdatePhoneNumberWorkflowStepDtoAction",
    "UpdatePhoneNumberWorkflowStepDtoDict",
    "UpdatePhoneNumberWorkflowStepDtoRecipient",
    "UpdatePhoneNumberWorkflowStepDtoTemplate",
    "UpdatePhoneWhatsAppNumberWorkflowStepDto",
    "UpdatePhoneWhatsAppNumberWorkflowStepDtoAction",
    "UpdatePhoneWhatsAppNumberWorkflowStepDtoDict",
    "UpdatePhoneWhatsAppNumberWorkflowStepDtoRecipient",
    "UpdatePhoneWhatsAppNumberWorkflowStepDtoTemplate",
    "UpdatePrivateLinkBody",
    "UpdatePrivateLinkBodyDict",
    "UpdatePrivateLinkOutput",
    "UpdatePrivateLinkOutputDict",
    "UpdateRoutingFormResponseInput",
    "UpdateRoutingFormResponseInputDict",
    "UpdateRoutingFormResponseInputResponse",
    "UpdateRoutingFormResponseOutput",
    "UpdateRoutingFormResponseOutputDict",
    "UpdateRoutingFormResponseOutputStatus",
    "UpdateScheduleInput",
    "UpdateScheduleInputDict",
    "UpdateScheduleOutput",
    "UpdateScheduleOutputDict",
    "UpdateScheduleOutputError",
    "UpdateScheduleOutputStatus",
    "UpdateTeamEventTypeInput",
    "UpdateTeamEventTypeInputDict",
    "UpdateTeamEventTypeOutput",
    "UpdateTeamEventTypeOutputDict",
    "UpdateTeamEventTypeOutputStatus",
    "UpdateTeamMembershipInput",
    "UpdateTeamMembershipInputDict",
    "UpdateTeamMembershipInputRole",
    "UpdateTeamMembershipOutput",
    "UpdateTeamMembershipOutputDict",
    "UpdateTeamMembershipOutputStatus",
    "UpdateTeamOutput",
    "UpdateTeamOutputDict",
    "UpdateTeamOutputStatus",
    "UpdateUnifiedCalendarEventInput",
    "UpdateUnifiedCalendarEventInputDict",
    "UpdateUnifiedCalendarEventInputEnd",
    "UpdateUnifiedCalendarEventInputEndDict",
    "UpdateUnifiedCalendarEventInputStart",
    "UpdateUnifiedCalendarEventInputStartDict",
    "UpdateWebhookInputDto",
    "UpdateWebhookInputDtoDict",
    "UpdateWebhookInputDtoTriggersItem",
    "UpdateWhatsAppAttendeePhoneWorkflowStepDto",
    "UpdateWhatsAppAttendeePhoneWorkflowStepDtoAction",
    "UpdateWhatsAppAttendeePhoneWorkflowStepDtoDict",
    "UpdateWhatsAppAttendeePhoneWorkflowStepDtoRecipient",
    "UpdateWhatsAppAttendeePhoneWorkflowStepDtoTemplate",
    "UpdateWorkflowDto",
    "UpdateWorkflowDtoDict",
    "UrlFieldInput",
    "UrlFieldInputDict",
    "UrlFieldOutput",
    "UrlFieldOutputDict",
    "UsageBasedPrivateLinkOutput",
    "UsageBasedPrivateLinkOutputDict",
    "UserVerifiedEmailOutput",
    "UserVerifiedEmailOutputDict",
    "UserVerifiedEmailOutputStatus",
    "UserVerifiedEmailsOutput",
    "UserVerifiedEmailsOutputDict",
    "UserVerifiedEmailsOutputStatus",
    "UserVerifiedPhoneOutput",
    "UserVerifiedPhoneOutputDict",
    "UserVerifiedPhoneOutputStatus",
    "UserVerifiedPhonesOutput",
    "UserVerifiedPhonesOutputDict",
    "UserVerifiedPhonesOutputStatus",
    "UserWebhookOutputDto",
    "UserWebhookOutputDtoDict",
    "UserWebhookOutputResponseDto",
    "UserWebhookOutputResponseDtoDict",
    "UserWebhookOutputResponseDtoStatus",
    "UserWebhooksOutputResponseDto",
    "UserWebhooksOutputResponseDtoDict",
    "UserWebhooksOutputResponseDtoStatus",
    "ValidateBookingLocation",
    "VerifyEmailInput",
    "VerifyEmailInputDict",
    "VerifyPhoneInput",
    "VerifyPhoneInputDict",
    "WorkflowActivationDto",
    "WorkflowActivationDtoDict",
    "WorkflowActivationOutputDto",
    "WorkflowActivationOutputDtoDict",
    "WorkflowEmailAddressStepDto",
    "WorkflowEmailAddressStepDtoAction",
    "WorkflowEmailAddressStepDtoDict",
    "WorkflowEmailAddressStepDtoRecipient",
    "WorkflowEmailAddressStepDtoTemplate",
    "WorkflowEmailAttendeeStepDto",
    "WorkflowEmailAttendeeStepDtoAction",
    "WorkflowEmailAttendeeStepDtoDict",
    "WorkflowEmailAttendeeStepDtoRecipient",
    "WorkflowEmailAttendeeStepDtoTemplate",
    "WorkflowEmailHostStepDto",
    "WorkflowEmailHostStepDtoAction",
    "WorkflowEmailHostStepDtoDict",
    "WorkflowEmailHostStepDtoRecipient",
    "WorkflowEmailHostStepDtoTemplate",
    "WorkflowMessageOutputDto",
    "WorkflowMessageOutputDtoDict",
    "WorkflowOutput",
    "WorkflowOutputDict",
    "WorkflowPhoneAttendeeStepDto",
    "WorkflowPhoneAttendeeStepDtoAction",
    "WorkflowPhoneAttendeeStepDtoDict",
    "WorkflowPhoneAttendeeStepDtoRecipient",
    "WorkflowPhoneAttendeeStepDtoTemplate",
    "WorkflowPhoneNumberStepDto",
    "WorkflowPhoneNumberStepDtoAction",
    "WorkflowPhoneNumberStepDtoDict",
    "WorkflowPhoneNumberStepDtoRecipient",
    "WorkflowPhoneNumberStepDtoTemplate",
    "WorkflowPhoneWhatsAppAttendeeStepDto",
    "WorkflowPhoneWhatsAppAttendeeStepDtoAction",
    "WorkflowPhoneWhatsAppAttendeeStepDtoDict",
    "WorkflowPhoneWhatsAppAttendeeStepDtoRecipient",
    "WorkflowPhoneWhatsAppAttendeeStepDtoTemplate",
    "WorkflowPhoneWhatsAppNumberStepDto",
    "WorkflowPhoneWhatsAppNumberStepDtoAction",
    "WorkflowPhoneWhatsAppNumberStepDtoDict",
    "WorkflowPhoneWhatsAppNumberStepDtoRecipient",
    "WorkflowPhoneWhatsAppNumberStepDtoTemplate",
    "WorkflowStepOutputDto",
    "WorkflowStepOutputDtoAction",
    "WorkflowStepOutputDtoDict",
    "WorkflowStepOutputDtoRecipient",
    "WorkflowStepOutputDtoTemplate",
    "WorkflowTriggerOffsetDto",
    "WorkflowTriggerOffsetDtoDict",
    "WorkflowTriggerOffsetDtoUnit",
    "WorkflowTriggerOffsetOutputDto",
    "WorkflowTriggerOffsetOutputDtoDict",
    "WorkflowTriggerOffsetOutputDtoUnit",
    "WorkflowTriggerOutputDto",
    "WorkflowTriggerOutputDtoDict",
    "WorkflowTriggerOutputDtoType",
    "WorkingHours",
    "WorkingHoursDict",
    "WorkspacePlatformDto",
    "WorkspacePlatformDtoDict",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
