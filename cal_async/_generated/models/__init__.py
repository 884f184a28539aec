"""Every data model and enum of the API, loaded on first use.

``from cal_async._generated.models import BookingOutput`` imports only that model's module (and
the models it refers to), so importing the SDK stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address_field_input import AddressFieldInput
    from .address_field_output import AddressFieldOutput
    from .api_key_output import ApiKeyOutput
    from .assign_option_user_output import AssignOptionUserOutput
    from .assign_option_user_output_data import AssignOptionUserOutputData
    from .assign_option_user_output_status import AssignOptionUserOutputStatus
    from .assign_organization_attribute_option_to_user_input import AssignOrganizationAttributeOptionToUserInput
    from .assigned_option_output import AssignedOptionOutput
    from .attribute import Attribute
    from .attribute_type import AttributeType
    from .availability_model import AvailabilityModel
    from .base_attribute import BaseAttribute
    from .base_booking_limits_count import BaseBookingLimitsCount
    from .base_booking_limits_duration import BaseBookingLimitsDuration
    from .base_confirmation_policy import BaseConfirmationPolicy
    from .base_confirmation_policy_type import BaseConfirmationPolicyType
    from .base_workflow_trigger_dto import BaseWorkflowTriggerDto
    from .base_workflow_trigger_dto_type import BaseWorkflowTriggerDtoType
    from .booker_layouts import BookerLayouts
    from .booker_layouts_default_layout import BookerLayoutsDefaultLayout
    from .booker_layouts_enabled_layouts_item import BookerLayoutsEnabledLayoutsItem
    from .booking_attendee import BookingAttendee
    from .booking_attendee_language import BookingAttendeeLanguage
    from .booking_host import BookingHost
    from .booking_input_address_location import BookingInputAddressLocation
    from .booking_input_attendee_address_location import BookingInputAttendeeAddressLocation
    from .booking_input_attendee_defined_location import BookingInputAttendeeDefinedLocation
    from .booking_input_attendee_phone_location import BookingInputAttendeePhoneLocation
    from .booking_input_integration_location import BookingInputIntegrationLocation
    from .booking_input_integration_location_integration import BookingInputIntegrationLocationIntegration
    from .booking_input_link_location import BookingInputLinkLocation
    from .booking_input_organizers_default_app_location import BookingInputOrganizersDefaultAppLocation
    from .booking_input_phone_location import BookingInputPhoneLocation
    from .booking_output import BookingOutput
    from .booking_output_booking_fields_responses import BookingOutputBookingFieldsResponses
    from .booking_output_metadata import BookingOutputMetadata
    from .booking_output_status import BookingOutputStatus
    from .booking_reference import BookingReference
    from .booking_references_output import BookingReferencesOutput
    from .bookings_get_references_type import BookingsGetReferencesType
    from .bookings_list_sort_created import BookingsListSortCreated
    from .bookings_list_sort_end import BookingsListSortEnd
    from .bookings_list_sort_start import BookingsListSortStart
    from .bookings_list_sort_updated_at import BookingsListSortUpdatedAt
    from .bookings_list_status_item import BookingsListStatusItem
    from .boolean_field_input import BooleanFieldInput
    from .boolean_field_output import BooleanFieldOutput
    from .business_days_window import BusinessDaysWindow
    from .business_days_window_type import BusinessDaysWindowType
    from .busy_times_output import BusyTimesOutput
    from .cal_unified_calendars_get_calendar_event_details_calendar import (
        CalUnifiedCalendarsGetCalendarEventDetailsCalendar,
    )
    from .cal_unified_calendars_update_calendar_event_calendar import CalUnifiedCalendarsUpdateCalendarEventCalendar
    from .cal_video_settings import CalVideoSettings
    from .cal_video_settings_redirect_url_on_exit import CalVideoSettingsRedirectUrlOnExit
    from .calendar import Calendar
    from .calendar_days_window import CalendarDaysWindow
    from .calendar_days_window_type import CalendarDaysWindowType
    from .calendar_event_attendee import CalendarEventAttendee
    from .calendar_event_host import CalendarEventHost
    from .calendar_event_more_location import CalendarEventMoreLocation
    from .calendar_event_more_location_type import CalendarEventMoreLocationType
    from .calendar_event_owner import CalendarEventOwner
    from .calendar_event_phone_location import CalendarEventPhoneLocation
    from .calendar_event_phone_location_type import CalendarEventPhoneLocationType
    from .calendar_event_response_status import CalendarEventResponseStatus
    from .calendar_event_sip_location import CalendarEventSipLocation
    from .calendar_event_sip_location_type import CalendarEventSipLocationType
    from .calendar_event_status import CalendarEventStatus
    from .calendar_event_video_location import CalendarEventVideoLocation
    from .calendar_event_video_location_type import CalendarEventVideoLocationType
    from .calendar_link import CalendarLink
    from .calendar_links_output import CalendarLinksOutput
    from .calendar_source import CalendarSource
    from .calendars_check_calendar import CalendarsCheckCalendar
    from .calendars_check_ics_feed_response_200 import CalendarsCheckIcsFeedResponse200
    from .calendars_check_response_200 import CalendarsCheckResponse200
    from .calendars_delete_credentials_calendar import CalendarsDeleteCredentialsCalendar
    from .calendars_redirect_calendar import CalendarsRedirectCalendar
    from .calendars_redirect_response_200 import CalendarsRedirectResponse200
    from .calendars_save_calendar import CalendarsSaveCalendar
    from .calendars_sync_credentials_calendar import CalendarsSyncCredentialsCalendar
    from .cancel_booking_input import CancelBookingInput
    from .cancel_booking_output import CancelBookingOutput
    from .cancel_booking_output_status import CancelBookingOutputStatus
    from .cancel_seated_booking_input import CancelSeatedBookingInput
    from .checkbox_group_field_input import CheckboxGroupFieldInput
    from .checkbox_group_field_output import CheckboxGroupFieldOutput
    from .conferencing_app_output_response_dto import ConferencingAppOutputResponseDto
    from .conferencing_app_output_response_dto_status import ConferencingAppOutputResponseDtoStatus
    from .conferencing_apps_output_dto import ConferencingAppsOutputDto
    from .conferencing_apps_output_response_dto import ConferencingAppsOutputResponseDto
    from .conferencing_apps_output_response_dto_status import ConferencingAppsOutputResponseDtoStatus
    from .conferencing_connect_app import ConferencingConnectApp
    from .conferencing_default_app import ConferencingDefaultApp
    from .conferencing_disconnect_app import ConferencingDisconnectApp
    from .conferencing_redirect_app import ConferencingRedirectApp
    from .conferencing_save_app import ConferencingSaveApp
    from .connected_calendar import ConnectedCalendar
    from .connected_calendars_data import ConnectedCalendarsData
    from .connected_calendars_output import ConnectedCalendarsOutput
    from .connected_calendars_output_status import ConnectedCalendarsOutputStatus
    from .create_attribute_option_output import CreateAttributeOptionOutput
    from .create_attribute_option_output_status import CreateAttributeOptionOutputStatus
    from .create_booking_attendee import CreateBookingAttendee
    from .create_booking_attendee_language import CreateBookingAttendeeLanguage
    from .create_booking_input import CreateBookingInput
    from .create_booking_input_booking_fields_responses import CreateBookingInputBookingFieldsResponses
    from .create_booking_input_metadata import CreateBookingInputMetadata
    from .create_booking_output import CreateBookingOutput
    from .create_booking_output_status import CreateBookingOutputStatus
    from .create_calendar_credentials_input import CreateCalendarCredentialsInput
    from .create_delegation_credential_input import CreateDelegationCredentialInput
    from .create_delegation_credential_output import CreateDelegationCredentialOutput
    from .create_delegation_credential_output_status import CreateDelegationCredentialOutputStatus
    from .create_event_type_input import CreateEventTypeInput
    from .create_event_type_output import CreateEventTypeOutput
    from .create_event_type_output_status import CreateEventTypeOutputStatus
    from .create_ics_feed_input_dto import CreateIcsFeedInputDto
    from .create_ics_feed_output import CreateIcsFeedOutput
    from .create_ics_feed_output_response_dto import CreateIcsFeedOutputResponseDto
    from .create_ics_feed_output_response_dto_status import CreateIcsFeedOutputResponseDtoStatus
    from .create_instant_booking_input import CreateInstantBookingInput
    from .create_instant_booking_input_booking_fields_responses import CreateInstantBookingInputBookingFieldsResponses
    from .create_instant_booking_input_metadata import CreateInstantBookingInputMetadata
    from .create_invite_output_dto import CreateInviteOutputDto
    from .create_managed_organization_output import CreateManagedOrganizationOutput
    from .create_managed_organization_output_status import CreateManagedOrganizationOutputStatus
    from .create_managed_user_data import CreateManagedUserData
    from .create_managed_user_input import CreateManagedUserInput
    from .create_managed_user_input_locale import CreateManagedUserInputLocale
    from .create_managed_user_input_metadata import CreateManagedUserInputMetadata
    from .create_managed_user_input_time_format import CreateManagedUserInputTimeFormat
    from .create_managed_user_input_week_start import CreateManagedUserInputWeekStart
    from .create_managed_user_output import CreateManagedUserOutput
    from .create_managed_user_output_error import CreateManagedUserOutputError
    from .create_managed_user_output_status import CreateManagedUserOutputStatus
    from .create_o_auth_client_input import CreateOAuthClientInput
    from .create_o_auth_client_input_permissions_item import CreateOAuthClientInputPermissionsItem
    from .create_o_auth_client_output import CreateOAuthClientOutput
    from .create_o_auth_client_response_dto import CreateOAuthClientResponseDto
    from .create_o_auth_client_response_dto_status import CreateOAuthClientResponseDtoStatus
    from .create_org_membership_dto import CreateOrgMembershipDto
    from .create_org_membership_dto_role import CreateOrgMembershipDtoRole
    from .create_org_membership_output import CreateOrgMembershipOutput
    from .create_org_membership_output_status import CreateOrgMembershipOutputStatus
    from .create_org_team_dto import CreateOrgTeamDto
    from .create_org_team_dto_metadata import CreateOrgTeamDtoMetadata
    from .create_org_team_membership_dto import CreateOrgTeamMembershipDto
    from .create_org_team_membership_dto_role import CreateOrgTeamMembershipDtoRole
    from .create_organization_attribute_input import CreateOrganizationAttributeInput
    from .create_organization_attribute_input_type import CreateOrganizationAttributeInputType
    from .create_organization_attribute_option_input import CreateOrganizationAttributeOptionInput
    from .create_organization_attributes_output import CreateOrganizationAttributesOutput
    from .create_organization_attributes_output_status import CreateOrganizationAttributesOutputStatus
    from .create_organization_input import CreateOrganizationInput
    from .create_organization_input_metadata import CreateOrganizationInputMetadata
    from .create_organization_user_input import CreateOrganizationUserInput
    from .create_organization_user_input_metadata import CreateOrganizationUserInputMetadata
    from .create_organization_user_input_organization_role import CreateOrganizationUserInputOrganizationRole
    from .create_out_of_office_entry_dto import CreateOutOfOfficeEntryDto
    from .create_out_of_office_entry_dto_reason import CreateOutOfOfficeEntryDtoReason
    from .create_phone_call_input import CreatePhoneCallInput
    from .create_phone_call_input_template_type import CreatePhoneCallInputTemplateType
    from .create_phone_call_output import CreatePhoneCallOutput
    from .create_phone_call_output_status import CreatePhoneCallOutputStatus
    from .create_private_link_input import CreatePrivateLinkInput
    from .create_private_link_output import CreatePrivateLinkOutput
    from .create_recurring_booking_input import CreateRecurringBookingInput
    from .create_recurring_booking_input_booking_fields_responses import (
        CreateRecurringBookingInputBookingFieldsResponses,
    )
    from .create_recurring_booking_input_metadata import CreateRecurringBookingInputMetadata
    from .create_recurring_seated_booking_output import CreateRecurringSeatedBookingOutput
    from .create_recurring_seated_booking_output_metadata import CreateRecurringSeatedBookingOutputMetadata
    from .create_recurring_seated_booking_output_status import CreateRecurringSeatedBookingOutputStatus
    from .create_routing_form_response_output import CreateRoutingFormResponseOutput
    from .create_routing_form_response_output_data import CreateRoutingFormResponseOutputData
    from .create_routing_form_response_output_status import CreateRoutingFormResponseOutputStatus
    from .create_schedule_input import CreateScheduleInput
    from .create_schedule_output import CreateScheduleOutput
    from .create_schedule_output_status import CreateScheduleOutputStatus
    from .create_seated_booking_output import CreateSeatedBookingOutput
    from .create_seated_booking_output_metadata import CreateSeatedBookingOutputMetadata
    from .create_seated_booking_output_status import CreateSeatedBookingOutputStatus
    from .create_team_event_type_input import CreateTeamEventTypeInput
    from .create_team_event_type_input_scheduling_type import CreateTeamEventTypeInputSchedulingType
    from .create_team_event_type_output import CreateTeamEventTypeOutput
    from .create_team_event_type_output_status import CreateTeamEventTypeOutputStatus
    from .create_team_input import CreateTeamInput
    from .create_team_input_metadata import CreateTeamInputMetadata
    from .create_team_membership_input import CreateTeamMembershipInput
    from .create_team_membership_input_role import CreateTeamMembershipInputRole
    from .create_team_membership_output import CreateTeamMembershipOutput
    from .create_team_membership_output_status import CreateTeamMembershipOutputStatus
    from .create_team_output import CreateTeamOutput
    from .create_team_output_data import CreateTeamOutputData
    from .create_team_output_status import CreateTeamOutputStatus
    from .create_webhook_input_dto import CreateWebhookInputDto
    from .create_webhook_input_dto_triggers_item import CreateWebhookInputDtoTriggersItem
    from .create_workflow_dto import CreateWorkflowDto
    from .data import Data
    from .decline_booking_input import DeclineBookingInput
    from .default_conferencing_apps_output_dto import DefaultConferencingAppsOutputDto
    from .default_format_or_with_formattime import DefaultFormatOrWithFormattime
    from .delegation_credential_output import DelegationCredentialOutput
    from .delete_attribute_option_output import DeleteAttributeOptionOutput
    from .delete_attribute_option_output_status import DeleteAttributeOptionOutputStatus
    from .delete_calendar_credentials_input_body_dto import DeleteCalendarCredentialsInputBodyDto
    from .delete_data import DeleteData
    from .delete_event_type_output import DeleteEventTypeOutput
    from .delete_event_type_output_status import DeleteEventTypeOutputStatus
    from .delete_many_webhooks_output_response_dto import DeleteManyWebhooksOutputResponseDto
    from .delete_many_webhooks_output_response_dto_status import DeleteManyWebhooksOutputResponseDtoStatus
    from .delete_org_membership import DeleteOrgMembership
    from .delete_org_membership_status import DeleteOrgMembershipStatus
    from .delete_organization_attributes_output import DeleteOrganizationAttributesOutput
    from .delete_organization_attributes_output_status import DeleteOrganizationAttributesOutputStatus
    from .delete_private_link_output import DeletePrivateLinkOutput
    from .delete_private_link_output_data import DeletePrivateLinkOutputData
    from .delete_schedule_output import DeleteScheduleOutput
    from .delete_schedule_output_status import DeleteScheduleOutputStatus
    from .delete_team_event_type_output import DeleteTeamEventTypeOutput
    from .delete_team_event_type_output_data import DeleteTeamEventTypeOutputData
    from .delete_team_event_type_output_status import DeleteTeamEventTypeOutputStatus
    from .delete_team_membership_output import DeleteTeamMembershipOutput
    from .delete_team_membership_output_status import DeleteTeamMembershipOutputStatus
    from .deleted_calendar_credentials_output_dto import DeletedCalendarCredentialsOutputDto
    from .deleted_calendar_credentials_output_response_dto import DeletedCalendarCredentialsOutputResponseDto
    from .deleted_calendar_credentials_output_response_dto_status import (
        DeletedCalendarCredentialsOutputResponseDtoStatus,
    )
    from .destination_calendar import DestinationCalendar
    from .destination_calendar_20240614 import DestinationCalendar20240614
    from .destination_calendar_id import DestinationCalendarId
    from .destination_calendars_input_body_dto import DestinationCalendarsInputBodyDto
    from .destination_calendars_input_body_dto_integration import DestinationCalendarsInputBodyDtoIntegration
    from .destination_calendars_output_dto import DestinationCalendarsOutputDto
    from .destination_calendars_output_response_dto import DestinationCalendarsOutputResponseDto
    from .destination_calendars_output_response_dto_status import DestinationCalendarsOutputResponseDtoStatus
    from .disabled import Disabled
    from .disconnect_conferencing_app_output_response_dto import DisconnectConferencingAppOutputResponseDto
    from .disconnect_conferencing_app_output_response_dto_status import DisconnectConferencingAppOutputResponseDtoStatus
    from .email_default_field_input import EmailDefaultFieldInput
    from .email_default_field_input_required import EmailDefaultFieldInputRequired
    from .email_default_field_output import EmailDefaultFieldOutput
    from .email_default_field_output_required import EmailDefaultFieldOutputRequired
    from .event_type import EventType
    from .event_type_color import EventTypeColor
    from .event_type_output import EventTypeOutput
    from .event_type_output_booking_limits_count import EventTypeOutputBookingLimitsCount
    from .event_type_output_booking_limits_duration import EventTypeOutputBookingLimitsDuration
    from .event_type_output_confirmation_policy import EventTypeOutputConfirmationPolicy
    from .event_type_output_forward_params_success_redirect_type_0 import (
        EventTypeOutputForwardParamsSuccessRedirectType0,
    )
    from .event_type_output_metadata import EventTypeOutputMetadata
    from .event_type_output_seats_per_time_slot_type_0 import EventTypeOutputSeatsPerTimeSlotType0
    from .event_type_output_success_redirect_url_type_0 import EventTypeOutputSuccessRedirectUrlType0
    from .event_type_team import EventTypeTeam
    from .event_type_webhook_output_dto import EventTypeWebhookOutputDto
    from .event_type_webhook_output_response_dto import EventTypeWebhookOutputResponseDto
    from .event_type_webhook_output_response_dto_status import EventTypeWebhookOutputResponseDtoStatus
    from .event_type_webhooks_output_response_dto import EventTypeWebhooksOutputResponseDto
    from .event_type_webhooks_output_response_dto_status import EventTypeWebhooksOutputResponseDtoStatus
    from .get_all_attribute_assigned_option_output import GetAllAttributeAssignedOptionOutput
    from .get_all_attribute_assigned_option_output_status import GetAllAttributeAssignedOptionOutputStatus
    from .get_all_attribute_option_output import GetAllAttributeOptionOutput
    from .get_all_attribute_option_output_status import GetAllAttributeOptionOutputStatus
    from .get_all_org_memberships import GetAllOrgMemberships
    from .get_all_org_memberships_status import GetAllOrgMembershipsStatus
    from .get_booking_output import GetBookingOutput
    from .get_booking_output_error import GetBookingOutputError
    from .get_booking_output_status import GetBookingOutputStatus
    from .get_booking_recordings_output import GetBookingRecordingsOutput
    from .get_booking_recordings_output_error import GetBookingRecordingsOutputError
    from .get_booking_recordings_output_status import GetBookingRecordingsOutputStatus
    from .get_booking_transcripts_output import GetBookingTranscriptsOutput
    from .get_booking_transcripts_output_error import GetBookingTranscriptsOutputError
    from .get_booking_transcripts_output_status import GetBookingTranscriptsOutputStatus
    from .get_bookings_output import GetBookingsOutput
    from .get_bookings_output_error import GetBookingsOutputError
    from .get_bookings_output_status import GetBookingsOutputStatus
    from .get_busy_times_output import GetBusyTimesOutput
    from .get_busy_times_output_status import GetBusyTimesOutputStatus
    from .get_conferencing_apps_oauth_url_response_dto import GetConferencingAppsOauthUrlResponseDto
    from .get_conferencing_apps_oauth_url_response_dto_status import GetConferencingAppsOauthUrlResponseDtoStatus
    from .get_default_conferencing_app_output_response_dto import GetDefaultConferencingAppOutputResponseDto
    from .get_default_conferencing_app_output_response_dto_status import (
        GetDefaultConferencingAppOutputResponseDtoStatus,
    )
    from .get_default_schedule_output import GetDefaultScheduleOutput
    from .get_default_schedule_output_status import GetDefaultScheduleOutputStatus
    from .get_event_type_output import GetEventTypeOutput
    from .get_event_type_output_status import GetEventTypeOutputStatus
    from .get_event_types_output import GetEventTypesOutput
    from .get_event_types_output_status import GetEventTypesOutputStatus
    from .get_managed_organization_output import GetManagedOrganizationOutput
    from .get_managed_organization_output_status import GetManagedOrganizationOutputStatus
    from .get_managed_organizations_output import GetManagedOrganizationsOutput
    from .get_managed_organizations_output_status import GetManagedOrganizationsOutputStatus
    from .get_managed_user_output import GetManagedUserOutput
    from .get_managed_user_output_status import GetManagedUserOutputStatus
    from .get_managed_users_output import GetManagedUsersOutput
    from .get_managed_users_output_status import GetManagedUsersOutputStatus
    from .get_me_output import GetMeOutput
    from .get_me_output_status import GetMeOutputStatus
    from .get_o_auth_client_response_dto import GetOAuthClientResponseDto
    from .get_o_auth_client_response_dto_status import GetOAuthClientResponseDtoStatus
    from .get_o_auth_clients_response_dto import GetOAuthClientsResponseDto
    from .get_o_auth_clients_response_dto_status import GetOAuthClientsResponseDtoStatus
    from .get_option_user_output import GetOptionUserOutput
    from .get_option_user_output_data import GetOptionUserOutputData
    from .get_option_user_output_status import GetOptionUserOutputStatus
    from .get_org_membership import GetOrgMembership
    from .get_org_membership_status import GetOrgMembershipStatus
    from .get_org_users_with_profile_output import GetOrgUsersWithProfileOutput
    from .get_org_users_with_profile_output_metadata import GetOrgUsersWithProfileOutputMetadata
    from .get_organization_attributes_output import GetOrganizationAttributesOutput
    from .get_organization_attributes_output_status import GetOrganizationAttributesOutputStatus
    from .get_organization_user_output import GetOrganizationUserOutput
    from .get_organization_user_output_status import GetOrganizationUserOutputStatus
    from .get_organization_users_response_dto import GetOrganizationUsersResponseDTO
    from .get_organization_users_response_dto_status import GetOrganizationUsersResponseDTOStatus
    from .get_private_links_output import GetPrivateLinksOutput
    from .get_recurring_seated_booking_output import GetRecurringSeatedBookingOutput
    from .get_recurring_seated_booking_output_metadata import GetRecurringSeatedBookingOutputMetadata
    from .get_recurring_seated_booking_output_status import GetRecurringSeatedBookingOutputStatus
    from .get_reserved_slot_output import GetReservedSlotOutput
    from .get_reserved_slot_output_status import GetReservedSlotOutputStatus
    from .get_routing_form_responses_output import GetRoutingFormResponsesOutput
    from .get_routing_form_responses_output_status import GetRoutingFormResponsesOutputStatus
    from .get_routing_forms_output import GetRoutingFormsOutput
    from .get_routing_forms_output_status import GetRoutingFormsOutputStatus
    from .get_schedule_output import GetScheduleOutput
    from .get_schedule_output_error import GetScheduleOutputError
    from .get_schedule_output_status import GetScheduleOutputStatus
    from .get_schedules_output import GetSchedulesOutput
    from .get_schedules_output_error import GetSchedulesOutputError
    from .get_schedules_output_status import GetSchedulesOutputStatus
    from .get_seated_booking_output import GetSeatedBookingOutput
    from .get_seated_booking_output_metadata import GetSeatedBookingOutputMetadata
    from .get_seated_booking_output_status import GetSeatedBookingOutputStatus
    from .get_single_attribute_output import GetSingleAttributeOutput
    from .get_single_attribute_output_status import GetSingleAttributeOutputStatus
    from .get_team_event_type_output import GetTeamEventTypeOutput
    from .get_team_event_type_output_status import GetTeamEventTypeOutputStatus
    from .get_team_event_types_output import GetTeamEventTypesOutput
    from .get_team_event_types_output_status import GetTeamEventTypesOutputStatus
    from .get_team_membership_output import GetTeamMembershipOutput
    from .get_team_membership_output_status import GetTeamMembershipOutputStatus
    from .get_team_memberships_output import GetTeamMembershipsOutput
    from .get_team_memberships_output_status import GetTeamMembershipsOutputStatus
    from .get_team_output import GetTeamOutput
    from .get_team_output_status import GetTeamOutputStatus
    from .get_teams_output import GetTeamsOutput
    from .get_teams_output_status import GetTeamsOutputStatus
    from .get_unified_calendar_event_output import GetUnifiedCalendarEventOutput
    from .get_unified_calendar_event_output_status import GetUnifiedCalendarEventOutputStatus
    from .get_workflow_output import GetWorkflowOutput
    from .get_workflow_output_status import GetWorkflowOutputStatus
    from .get_workflows_output import GetWorkflowsOutput
    from .get_workflows_output_status import GetWorkflowsOutputStatus
    from .google_service_account_key_input import GoogleServiceAccountKeyInput
    from .guests_default_field_input import GuestsDefaultFieldInput
    from .guests_default_field_output import GuestsDefaultFieldOutput
    from .host import Host
    from .host_priority import HostPriority
    from .html_workflow_message_dto import HtmlWorkflowMessageDto
    from .input_address_location import InputAddressLocation
    from .input_attendee_address_location import InputAttendeeAddressLocation
    from .input_attendee_defined_location import InputAttendeeDefinedLocation
    from .input_attendee_phone_location import InputAttendeePhoneLocation
    from .input_integration_location import InputIntegrationLocation
    from .input_integration_location_integration import InputIntegrationLocationIntegration
    from .input_link_location import InputLinkLocation
    from .input_organizers_default_app import InputOrganizersDefaultApp
    from .input_phone_location import InputPhoneLocation
    from .integration import Integration
    from .integration_app_data_type_0 import IntegrationAppDataType0
    from .integration_location_option_type_0 import IntegrationLocationOptionType0
    from .invite_data_dto import InviteDataDto
    from .keys_dto import KeysDto
    from .keys_response_dto import KeysResponseDto
    from .keys_response_dto_status import KeysResponseDtoStatus
    from .location_default_field_input import LocationDefaultFieldInput
    from .location_default_field_output import LocationDefaultFieldOutput
    from .managed_organization_output import ManagedOrganizationOutput
    from .managed_organization_output_metadata import ManagedOrganizationOutputMetadata
    from .managed_organization_with_api_key_output import ManagedOrganizationWithApiKeyOutput
    from .managed_organization_with_api_key_output_metadata import ManagedOrganizationWithApiKeyOutputMetadata
    from .managed_user_output import ManagedUserOutput
    from .managed_user_output_locale import ManagedUserOutputLocale
    from .managed_user_output_metadata import ManagedUserOutputMetadata
    from .mark_absent_attendee import MarkAbsentAttendee
    from .mark_absent_booking_input import MarkAbsentBookingInput
    from .mark_absent_booking_output import MarkAbsentBookingOutput
    from .mark_absent_booking_output_status import MarkAbsentBookingOutputStatus
    from .me_org_output import MeOrgOutput
    from .me_output import MeOutput
    from .membership_user_output_dto import MembershipUserOutputDto
    from .membership_user_output_dto_metadata import MembershipUserOutputDtoMetadata
    from .microsoft_service_account_key_input import MicrosoftServiceAccountKeyInput
    from .multi_email_field_input import MultiEmailFieldInput
    from .multi_email_field_output import MultiEmailFieldOutput
    from .multi_select_attribute import MultiSelectAttribute
    from .multi_select_attribute_option import MultiSelectAttributeOption
    from .multi_select_field_input import MultiSelectFieldInput
    from .multi_select_field_output import MultiSelectFieldOutput
    from .name_default_field_input import NameDefaultFieldInput
    from .name_default_field_output import NameDefaultFieldOutput
    from .notes_default_field_input import NotesDefaultFieldInput
    from .notes_default_field_output import NotesDefaultFieldOutput
    from .notice_threshold import NoticeThreshold
    from .number_attribute import NumberAttribute
    from .number_field_input import NumberFieldInput
    from .number_field_output import NumberFieldOutput
    from .o_auth_client_webhook_output_dto import OAuthClientWebhookOutputDto
    from .o_auth_client_webhook_output_response_dto import OAuthClientWebhookOutputResponseDto
    from .o_auth_client_webhook_output_response_dto_status import OAuthClientWebhookOutputResponseDtoStatus
    from .o_auth_client_webhooks_output_response_dto import OAuthClientWebhooksOutputResponseDto
    from .o_auth_client_webhooks_output_response_dto_status import OAuthClientWebhooksOutputResponseDtoStatus
    from .on_after_cal_video_guests_no_show_trigger_dto import OnAfterCalVideoGuestsNoShowTriggerDto
    from .on_after_cal_video_guests_no_show_trigger_dto_type import OnAfterCalVideoGuestsNoShowTriggerDtoType
    from .on_after_cal_video_hosts_no_show_trigger_dto import OnAfterCalVideoHostsNoShowTriggerDto
    from .on_after_cal_video_hosts_no_show_trigger_dto_type import OnAfterCalVideoHostsNoShowTriggerDtoType
    from .on_after_event_trigger_dto import OnAfterEventTriggerDto
    from .on_after_event_trigger_dto_type import OnAfterEventTriggerDtoType
    from .on_before_event_trigger_dto import OnBeforeEventTriggerDto
    from .on_before_event_trigger_dto_type import OnBeforeEventTriggerDtoType
    from .on_cancel_trigger_dto import OnCancelTriggerDto
    from .on_cancel_trigger_dto_type import OnCancelTriggerDtoType
    from .on_creation_trigger_dto import OnCreationTriggerDto
    from .on_creation_trigger_dto_type import OnCreationTriggerDtoType
    from .on_no_show_update_trigger_dto import OnNoShowUpdateTriggerDto
    from .on_paid_trigger_dto import OnPaidTriggerDto
    from .on_payment_initiated_trigger_dto import OnPaymentInitiatedTriggerDto
    from .on_rejected_trigger_dto import OnRejectedTriggerDto
    from .on_requested_trigger_dto import OnRequestedTriggerDto
    from .on_reschedule_trigger_dto import OnRescheduleTriggerDto
    from .on_reschedule_trigger_dto_type import OnRescheduleTriggerDtoType
    from .option_output import OptionOutput
    from .org_me_teams_output_response_dto import OrgMeTeamsOutputResponseDto
    from .org_me_teams_output_response_dto_status import OrgMeTeamsOutputResponseDtoStatus
    from .org_team_membership_output_response_dto import OrgTeamMembershipOutputResponseDto
    from .org_team_membership_output_response_dto_status import OrgTeamMembershipOutputResponseDtoStatus
    from .org_team_memberships_output_response_dto import OrgTeamMembershipsOutputResponseDto
    from .org_team_memberships_output_response_dto_status import OrgTeamMembershipsOutputResponseDtoStatus
    from .org_team_output_dto import OrgTeamOutputDto
    from .org_team_output_dto_metadata import OrgTeamOutputDtoMetadata
    from .org_team_output_response_dto import OrgTeamOutputResponseDto
    from .org_team_output_response_dto_status import OrgTeamOutputResponseDtoStatus
    from .org_teams_output_response_dto import OrgTeamsOutputResponseDto
    from .org_teams_output_response_dto_status import OrgTeamsOutputResponseDtoStatus
    from .organization_membership_output import OrganizationMembershipOutput
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
    from .orgs_users_bookings_list_sort_created import OrgsUsersBookingsListSortCreated
    from .orgs_users_bookings_list_sort_end import OrgsUsersBookingsListSortEnd
    from .orgs_users_bookings_list_sort_start import OrgsUsersBookingsListSortStart
    from .orgs_users_bookings_list_sort_updated_at import OrgsUsersBookingsListSortUpdatedAt
    from .orgs_users_bookings_list_status_item import OrgsUsersBookingsListStatusItem
    from .orgs_users_list_attribute_query_operator import OrgsUsersListAttributeQueryOperator
    from .orgs_users_ooo_get_sort_end import OrgsUsersOooGetSortEnd
    from .orgs_users_ooo_get_sort_start import OrgsUsersOooGetSortStart
    from .orgs_users_ooo_list_sort_end import OrgsUsersOooListSortEnd
    from .orgs_users_ooo_list_sort_start import OrgsUsersOooListSortStart
    from .output_address_location import OutputAddressLocation
    from .output_integration_location import OutputIntegrationLocation
    from .output_integration_location_integration import OutputIntegrationLocationIntegration
    from .output_link_location import OutputLinkLocation
    from .output_organizers_default_app_location import OutputOrganizersDefaultAppLocation
    from .output_phone_location import OutputPhoneLocation
    from .output_unknown_location import OutputUnknownLocation
    from .pagination_meta_dto import PaginationMetaDto
    from .phone_field_input import PhoneFieldInput
    from .phone_field_output import PhoneFieldOutput
    from .platform_o_auth_client_dto import PlatformOAuthClientDto
    from .platform_o_auth_client_dto_permissions_item import PlatformOAuthClientDtoPermissionsItem
    from .primary import Primary
    from .profile_output import ProfileOutput
    from .radio_group_field_input import RadioGroupFieldInput
    from .radio_group_field_output import RadioGroupFieldOutput
    from .range_format_when_formatrange import RangeFormatWhenFormatrange
    from .range_format_when_formatrange_additional_property_item import RangeFormatWhenFormatrangeAdditionalPropertyItem
    from .range_slots_output import RangeSlotsOutput
    from .range_window import RangeWindow
    from .range_window_type import RangeWindowType
    from .reassign_booking_output import ReassignBookingOutput
    from .reassign_booking_output_status import ReassignBookingOutputStatus
    from .reassign_to_user_booking_input import ReassignToUserBookingInput
    from .reassigned_to_dto import ReassignedToDto
    from .recording_item import RecordingItem
    from .recurrence import Recurrence
    from .recurrence_frequency import RecurrenceFrequency
    from .recurring_booking_output import RecurringBookingOutput
    from .recurring_booking_output_booking_fields_responses import RecurringBookingOutputBookingFieldsResponses
    from .recurring_booking_output_metadata import RecurringBookingOutputMetadata
    from .recurring_booking_output_status import RecurringBookingOutputStatus
    from .refresh_api_key_input import RefreshApiKeyInput
    from .refresh_api_key_output import RefreshApiKeyOutput
    from .refresh_api_key_output_status import RefreshApiKeyOutputStatus
    from .refresh_token_input import RefreshTokenInput
    from .request_email_verification_input import RequestEmailVerificationInput
    from .request_email_verification_output import RequestEmailVerificationOutput
    from .request_email_verification_output_status import RequestEmailVerificationOutputStatus
    from .request_phone_verification_input import RequestPhoneVerificationInput
    from .request_phone_verification_output import RequestPhoneVerificationOutput
    from .request_phone_verification_output_status import RequestPhoneVerificationOutputStatus
    from .reschedule_booking_input import RescheduleBookingInput
    from .reschedule_booking_output import RescheduleBookingOutput
    from .reschedule_booking_output_status import RescheduleBookingOutputStatus
    from .reschedule_reason_default_field_input import RescheduleReasonDefaultFieldInput
    from .reschedule_reason_default_field_output import RescheduleReasonDefaultFieldOutput
    from .reschedule_seated_booking_input import RescheduleSeatedBookingInput
    from .reserve_slot_input import ReserveSlotInput
    from .reserve_slot_output import ReserveSlotOutput
    from .reserve_slot_output_response import ReserveSlotOutputResponse
    from .reserve_slot_output_response_status import ReserveSlotOutputResponseStatus
    from .response_slots_output import ResponseSlotsOutput
    from .response_slots_output_data import ResponseSlotsOutputData
    from .response_slots_output_status import ResponseSlotsOutputStatus
    from .routing import Routing
    from .routing_form_output import RoutingFormOutput
    from .routing_form_output_fields_type_0 import RoutingFormOutputFieldsType0
    from .routing_form_output_routes_type_0 import RoutingFormOutputRoutesType0
    from .routing_form_output_settings_type_0 import RoutingFormOutputSettingsType0
    from .routing_form_response_output import RoutingFormResponseOutput
    from .routing_form_response_output_response import RoutingFormResponseOutputResponse
    from .routing_forms_calculate_slots_based_on_response_format import RoutingFormsCalculateSlotsBasedOnResponseFormat
    from .schedule_availability_input import ScheduleAvailabilityInput
    from .schedule_availability_input_days_item import ScheduleAvailabilityInputDaysItem
    from .schedule_output import ScheduleOutput
    from .schedule_output_20240611 import ScheduleOutput20240611
    from .schedule_output_date_overrides_item import ScheduleOutputDateOverridesItem
    from .schedule_override_input import ScheduleOverrideInput
    from .seated_attendee import SeatedAttendee
    from .seated_attendee_booking_fields_responses import SeatedAttendeeBookingFieldsResponses
    from .seated_attendee_language import SeatedAttendeeLanguage
    from .seated_attendee_metadata import SeatedAttendeeMetadata
    from .seats import Seats
    from .select_field_input import SelectFieldInput
    from .select_field_output import SelectFieldOutput
    from .selected_calendar_output_dto import SelectedCalendarOutputDto
    from .selected_calendar_output_response_dto import SelectedCalendarOutputResponseDto
    from .selected_calendar_output_response_dto_status import SelectedCalendarOutputResponseDtoStatus
    from .selected_calendars_input_dto import SelectedCalendarsInputDto
    from .set_default_conferencing_app_output_response_dto import SetDefaultConferencingAppOutputResponseDto
    from .set_default_conferencing_app_output_response_dto_status import (
        SetDefaultConferencingAppOutputResponseDtoStatus,
    )
    from .single_select_attribute import SingleSelectAttribute
    from .slots_delete_reserved_response_200 import SlotsDeleteReservedResponse200
    from .slots_output import SlotsOutput
    from .strip_connect_output_dto import StripConnectOutputDto
    from .strip_connect_output_response_dto import StripConnectOutputResponseDto
    from .strip_connect_output_response_dto_status import StripConnectOutputResponseDtoStatus
    from .strip_credentials_check_output_response_dto import StripCredentialsCheckOutputResponseDto
    from .strip_credentials_save_output_response_dto import StripCredentialsSaveOutputResponseDto
    from .team_event_type_output import TeamEventTypeOutput
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
    from .team_membership_output import TeamMembershipOutput
    from .team_membership_output_role import TeamMembershipOutputRole
    from .team_output_dto import TeamOutputDto
    from .team_output_dto_metadata import TeamOutputDtoMetadata
    from .team_verified_email_output import TeamVerifiedEmailOutput
    from .team_verified_email_output_status import TeamVerifiedEmailOutputStatus
    from .team_verified_emails_output import TeamVerifiedEmailsOutput
    from .team_verified_emails_output_status import TeamVerifiedEmailsOutputStatus
    from .team_verified_phone_output import TeamVerifiedPhoneOutput
    from .team_verified_phone_output_status import TeamVerifiedPhoneOutputStatus
    from .team_verified_phones_output import TeamVerifiedPhonesOutput
    from .team_verified_phones_output_status import TeamVerifiedPhonesOutputStatus
    from .team_webhook_output_dto import TeamWebhookOutputDto
    from .team_webhook_output_response_dto import TeamWebhookOutputResponseDto
    from .team_webhook_output_response_dto_status import TeamWebhookOutputResponseDtoStatus
    from .team_webhooks_output_response_dto import TeamWebhooksOutputResponseDto
    from .team_webhooks_output_response_dto_status import TeamWebhooksOutputResponseDtoStatus
    from .text_area_field_input import TextAreaFieldInput
    from .text_area_field_output import TextAreaFieldOutput
    from .text_attribute import TextAttribute
    from .text_field_input import TextFieldInput
    from .text_field_output import TextFieldOutput
    from .text_workflow_message_dto import TextWorkflowMessageDto
    from .time_based_private_link_output import TimeBasedPrivateLinkOutput
    from .title_default_field_input import TitleDefaultFieldInput
    from .title_default_field_output import TitleDefaultFieldOutput
    from .unassign_option_user_output import UnassignOptionUserOutput
    from .unassign_option_user_output_status import UnassignOptionUserOutputStatus
    from .unified_calendar_event_output import UnifiedCalendarEventOutput
    from .unified_calendar_event_output_end import UnifiedCalendarEventOutputEnd
    from .unified_calendar_event_output_start import UnifiedCalendarEventOutputStart
    from .update_attribute_option_output import UpdateAttributeOptionOutput
    from .update_attribute_option_output_status import UpdateAttributeOptionOutputStatus
    from .update_calendar_event_attendee import UpdateCalendarEventAttendee
    from .update_delegation_credential_input import UpdateDelegationCredentialInput
    from .update_delegation_credential_output import UpdateDelegationCredentialOutput
    from .update_delegation_credential_output_status import UpdateDelegationCredentialOutputStatus
    from .update_email_address_workflow_step_dto import UpdateEmailAddressWorkflowStepDto
    from .update_email_address_workflow_step_dto_action import UpdateEmailAddressWorkflowStepDtoAction
    from .update_email_address_workflow_step_dto_recipient import UpdateEmailAddressWorkflowStepDtoRecipient
    from .update_email_address_workflow_step_dto_template import UpdateEmailAddressWorkflowStepDtoTemplate
    from .update_email_attendee_workflow_step_dto import UpdateEmailAttendeeWorkflowStepDto
    from .update_email_attendee_workflow_step_dto_action import UpdateEmailAttendeeWorkflowStepDtoAction
    from .update_email_attendee_workflow_step_dto_recipient import UpdateEmailAttendeeWorkflowStepDtoRecipient
    from .update_email_attendee_workflow_step_dto_template import UpdateEmailAttendeeWorkflowStepDtoTemplate
    from .update_email_host_workflow_step_dto import UpdateEmailHostWorkflowStepDto
    from .update_email_host_workflow_step_dto_action import UpdateEmailHostWorkflowStepDtoAction
    from .update_email_host_workflow_step_dto_recipient import UpdateEmailHostWorkflowStepDtoRecipient
    from .update_email_host_workflow_step_dto_template import UpdateEmailHostWorkflowStepDtoTemplate
    from .update_event_type_input import UpdateEventTypeInput
    from .update_event_type_output import UpdateEventTypeOutput
    from .update_event_type_output_status import UpdateEventTypeOutputStatus
    from .update_managed_user_input import UpdateManagedUserInput
    from .update_managed_user_input_locale import UpdateManagedUserInputLocale
    from .update_managed_user_input_metadata import UpdateManagedUserInputMetadata
    from .update_managed_user_input_time_format import UpdateManagedUserInputTimeFormat
    from .update_managed_user_input_week_start import UpdateManagedUserInputWeekStart
    from .update_me_output import UpdateMeOutput
    from .update_me_output_status import UpdateMeOutputStatus
    from .update_o_auth_client_input import UpdateOAuthClientInput
    from .update_org_membership import UpdateOrgMembership
    from .update_org_membership_dto import UpdateOrgMembershipDto
    from .update_org_membership_dto_role import UpdateOrgMembershipDtoRole
    from .update_org_membership_status import UpdateOrgMembershipStatus
    from .update_org_team_dto import UpdateOrgTeamDto
    from .update_org_team_dto_metadata import UpdateOrgTeamDtoMetadata
    from .update_org_team_membership_dto import UpdateOrgTeamMembershipDto
    from .update_org_team_membership_dto_role import UpdateOrgTeamMembershipDtoRole
    from .update_organization_attribute_input import UpdateOrganizationAttributeInput
    from .update_organization_attribute_input_type import UpdateOrganizationAttributeInputType
    from .update_organization_attribute_option_input import UpdateOrganizationAttributeOptionInput
    from .update_organization_attributes_output import UpdateOrganizationAttributesOutput
    from .update_organization_attributes_output_status import UpdateOrganizationAttributesOutputStatus
    from .update_organization_input import UpdateOrganizationInput
    from .update_organization_input_metadata import UpdateOrganizationInputMetadata
    from .update_organization_user_input import UpdateOrganizationUserInput
    from .update_out_of_office_entry_dto import UpdateOutOfOfficeEntryDto
    from .update_out_of_office_entry_dto_reason import UpdateOutOfOfficeEntryDtoReason
    from .update_phone_attendee_workflow_step_dto import UpdatePhoneAttendeeWorkflowStepDto
    from .update_phone_attendee_workflow_step_dto_action import UpdatePhoneAttendeeWorkflowStepDtoAction
    from .update_phone_attendee_workflow_step_dto_recipient import UpdatePhoneAttendeeWorkflowStepDtoRecipient
    from .update_phone_attendee_workflow_step_dto_template import UpdatePhoneAttendeeWorkflowStepDtoTemplate
    from .update_phone_number_workflow_step_dto import UpdatePhoneNumberWorkflowStepDto
    from .update_phone_number_workflow_step_dto_action import UpdatePhoneNumberWorkflowStepDtoAction
    from .update_phone_number_workflow_step_dto_recipient import UpdatePhoneNumberWorkflowStepDtoRecipient
    from .update_phone_number_workflow_step_dto_template import UpdatePhoneNumberWorkflowStepDtoTemplate
    from .update_phone_whats_app_number_workflow_step_dto import UpdatePhoneWhatsAppNumberWorkflowStepDto
    from .update_phone_whats_app_number_workflow_step_dto_action import UpdatePhoneWhatsAppNumberWorkflowStepDtoAction
    from .update_phone_whats_app_number_workflow_step_dto_recipient import (
        UpdatePhoneWhatsAppNumberWorkflowStepDtoRecipient,
    )
    from .update_phone_whats_app_number_workflow_step_dto_template import (
        UpdatePhoneWhatsAppNumberWorkflowStepDtoTemplate,
    )
    from .update_private_link_body import UpdatePrivateLinkBody
    from .update_private_link_output import UpdatePrivateLinkOutput
    from .update_routing_form_response_input import UpdateRoutingFormResponseInput
    from .update_routing_form_response_input_response import UpdateRoutingFormResponseInputResponse
    from .update_routing_form_response_output import UpdateRoutingFormResponseOutput
    from .update_routing_form_response_output_status import UpdateRoutingFormResponseOutputStatus
    from .update_schedule_input import UpdateScheduleInput
    from .update_schedule_output import UpdateScheduleOutput
    from .update_schedule_output_error import UpdateScheduleOutputError
    from .update_schedule_output_status import UpdateScheduleOutputStatus
    from .update_team_event_type_input import UpdateTeamEventTypeInput
    from .update_team_event_type_output import UpdateTeamEventTypeOutput
    from .update_team_event_type_output_status import UpdateTeamEventTypeOutputStatus
    from .update_team_membership_input import UpdateTeamMembershipInput
    from .update_team_membership_input_role import UpdateTeamMembershipInputRole
    from .update_team_membership_output import UpdateTeamMembershipOutput
    from .update_team_membership_output_status import UpdateTeamMembershipOutputStatus
    from .update_team_output import UpdateTeamOutput
    from .update_team_output_status import UpdateTeamOutputStatus
    from .update_unified_calendar_event_input import UpdateUnifiedCalendarEventInput
    from .update_unified_calendar_event_input_end import UpdateUnifiedCalendarEventInputEnd
    from .update_unified_calendar_event_input_start import UpdateUnifiedCalendarEventInputStart
    from .update_webhook_input_dto import UpdateWebhookInputDto
    from .update_webhook_input_dto_triggers_item import UpdateWebhookInputDtoTriggersItem
    from .update_whats_app_attendee_phone_workflow_step_dto import UpdateWhatsAppAttendeePhoneWorkflowStepDto
    from .update_whats_app_attendee_phone_workflow_step_dto_action import (
        UpdateWhatsAppAttendeePhoneWorkflowStepDtoAction,
    )
    from .update_whats_app_attendee_phone_workflow_step_dto_recipient import (
        UpdateWhatsAppAttendeePhoneWorkflowStepDtoRecipient,
    )
    from .update_whats_app_attendee_phone_workflow_step_dto_template import (
        UpdateWhatsAppAttendeePhoneWorkflowStepDtoTemplate,
    )
    from .update_workflow_dto import UpdateWorkflowDto
    from .url_field_input import UrlFieldInput
    from .url_field_output import UrlFieldOutput
    from .usage_based_private_link_output import UsageBasedPrivateLinkOutput
    from .user_verified_email_output import UserVerifiedEmailOutput
    from .user_verified_email_output_status import UserVerifiedEmailOutputStatus
    from .user_verified_emails_output import UserVerifiedEmailsOutput
    from .user_verified_emails_output_status import UserVerifiedEmailsOutputStatus
    from .user_verified_phone_output import UserVerifiedPhoneOutput
    from .user_verified_phone_output_status import UserVerifiedPhoneOutputStatus
    from .user_verified_phones_output import UserVerifiedPhonesOutput
    from .user_verified_phones_output_status import UserVerifiedPhonesOutputStatus
    from .user_webhook_output_dto import UserWebhookOutputDto
    from .user_webhook_output_response_dto import UserWebhookOutputResponseDto
    from .user_webhook_output_response_dto_status import UserWebhookOutputResponseDtoStatus
    from .user_webhooks_output_response_dto import UserWebhooksOutputResponseDto
    from .user_webhooks_output_response_dto_status import UserWebhooksOutputResponseDtoStatus
    from .validate_booking_location import ValidateBookingLocation
    from .verify_email_input import VerifyEmailInput
    from .verify_phone_input import VerifyPhoneInput
    from .workflow_activation_dto import WorkflowActivationDto
    from .workflow_activation_output_dto import WorkflowActivationOutputDto
    from .workflow_email_address_step_dto import WorkflowEmailAddressStepDto
    from .workflow_email_address_step_dto_action import WorkflowEmailAddressStepDtoAction
    from .workflow_email_address_step_dto_recipient import WorkflowEmailAddressStepDtoRecipient
    from .workflow_email_address_step_dto_template import WorkflowEmailAddressStepDtoTemplate
    from .workflow_email_attendee_step_dto import WorkflowEmailAttendeeStepDto
    from .workflow_email_attendee_step_dto_action import WorkflowEmailAttendeeStepDtoAction
    from .workflow_email_attendee_step_dto_recipient import WorkflowEmailAttendeeStepDtoRecipient
    from .workflow_email_attendee_step_dto_template import WorkflowEmailAttendeeStepDtoTemplate
    from .workflow_email_host_step_dto import WorkflowEmailHostStepDto
    from .workflow_email_host_step_dto_action import WorkflowEmailHostStepDtoAction
    from .workflow_email_host_step_dto_recipient import WorkflowEmailHostStepDtoRecipient
    from .workflow_email_host_step_dto_template import WorkflowEmailHostStepDtoTemplate
    from .workflow_message_output_dto import WorkflowMessageOutputDto
    from .workflow_output import WorkflowOutput
    from .workflow_phone_attendee_step_dto import WorkflowPhoneAttendeeStepDto
    from .workflow_phone_attendee_step_dto_action import WorkflowPhoneAttendeeStepDtoAction
    from .workflow_phone_attendee_step_dto_recipient import WorkflowPhoneAttendeeStepDtoRecipient
    from .workflow_phone_attendee_step_dto_template import WorkflowPhoneAttendeeStepDtoTemplate
    from .workflow_phone_number_step_dto import WorkflowPhoneNumberStepDto
    from .workflow_phone_number_step_dto_action import WorkflowPhoneNumberStepDtoAction
    from .workflow_phone_number_step_dto_recipient import WorkflowPhoneNumberStepDtoRecipient
    from .workflow_phone_number_step_dto_template import WorkflowPhoneNumberStepDtoTemplate
    from .workflow_phone_whats_app_attendee_step_dto import WorkflowPhoneWhatsAppAttendeeStepDto
    from .workflow_phone_whats_app_attendee_step_dto_action import WorkflowPhoneWhatsAppAttendeeStepDtoAction
    from .workflow_phone_whats_app_attendee_step_dto_recipient import WorkflowPhoneWhatsAppAttendeeStepDtoRecipient
    from .workflow_phone_whats_app_attendee_step_dto_template import WorkflowPhoneWhatsAppAttendeeStepDtoTemplate
    from .workflow_phone_whats_app_number_step_dto import WorkflowPhoneWhatsAppNumberStepDto
    from .workflow_phone_whats_app_number_step_dto_action import WorkflowPhoneWhatsAppNumberStepDtoAction
    from .workflow_phone_whats_app_number_step_dto_recipient import WorkflowPhoneWhatsAppNumberStepDtoRecipient
    from .workflow_phone_whats_app_number_step_dto_template import WorkflowPhoneWhatsAppNumberStepDtoTemplate
    from .workflow_step_output_dto import WorkflowStepOutputDto
    from .workflow_step_output_dto_action import WorkflowStepOutputDtoAction
    from .workflow_step_output_dto_recipient import WorkflowStepOutputDtoRecipient
    from .workflow_step_output_dto_template import WorkflowStepOutputDtoTemplate
    from .workflow_trigger_offset_dto import WorkflowTriggerOffsetDto
    from .workflow_trigger_offset_dto_unit import WorkflowTriggerOffsetDtoUnit
    from .workflow_trigger_offset_output_dto import WorkflowTriggerOffsetOutputDto
    from .workflow_trigger_offset_output_dto_unit import WorkflowTriggerOffsetOutputDtoUnit
    from .workflow_trigger_output_dto import WorkflowTriggerOutputDto
    from .workflow_trigger_output_dto_type import WorkflowTriggerOutputDtoType
    from .working_hours import WorkingHours
    from .workspace_platform_dto import WorkspacePlatformDto

_MODULES: dict[str, str] = {
    "AddressFieldInput": "address_field_input",
    "AddressFieldOutput": "address_field_output",
    "ApiKeyOutput": "api_key_output",
    "AssignOptionUserOutput": "assign_option_user_output",
    "AssignOptionUserOutputData": "assign_option_user_output_data",
    "AssignOptionUserOutputStatus": "assign_option_user_output_status",
    "AssignOrganizationAttributeOptionToUserInput": "assign_organization_attribute_option_to_user_input",
    "AssignedOptionOutput": "assigned_option_output",
    "Attribute": "attribute",
    "AttributeType": "attribute_type",
    "AvailabilityModel": "availability_model",
    "BaseAttribute": "base_attribute",
    "BaseBookingLimitsCount": "base_booking_limits_count",
    "BaseBookingLimitsDuration": "base_booking_limits_duration",
    "BaseConfirmationPolicy": "base_confirmation_policy",
    "BaseConfirmationPolicyType": "base_confirmation_policy_type",
    "BaseWorkflowTriggerDto": "base_workflow_trigger_dto",
    "BaseWorkflowTriggerDtoType": "base_workflow_trigger_dto_type",
    "BookerLayouts": "booker_layouts",
    "BookerLayoutsDefaultLayout": "booker_layouts_default_layout",
    "BookerLayoutsEnabledLayoutsItem": "booker_layouts_enabled_layouts_item",
    "BookingAttendee": "booking_attendee",
    "BookingAttendeeLanguage": "booking_attendee_language",
    "BookingHost": "booking_host",
    "BookingInputAddressLocation": "booking_input_address_location",
    "BookingInputAttendeeAddressLocation": "booking_input_attendee_address_location",
    "BookingInputAttendeeDefinedLocation": "booking_input_attendee_defined_location",
    "BookingInputAttendeePhoneLocation": "booking_input_attendee_phone_location",
    "BookingInputIntegrationLocation": "booking_input_integration_location",
    "BookingInputIntegrationLocationIntegration": "booking_input_integration_location_integration",
    "BookingInputLinkLocation": "booking_input_link_location",
    "BookingInputOrganizersDefaultAppLocation": "booking_input_organizers_default_app_location",
    "BookingInputPhoneLocation": "booking_input_phone_location",
    "BookingOutput": "booking_output",
    "BookingOutputBookingFieldsResponses": "booking_output_booking_fields_responses",
    "BookingOutputMetadata": "booking_output_metadata",
    "BookingOutputStatus": "booking_output_status",
    "BookingReference": "booking_reference",
    "BookingReferencesOutput": "booking_references_output",
    "BookingsGetReferencesType": "bookings_get_references_type",
    "BookingsListSortCreated": "bookings_list_sort_created",
    "BookingsListSortEnd": "bookings_list_sort_end",
    "BookingsListSortStart": "bookings_list_sort_start",
    "BookingsListSortUpdatedAt": "bookings_list_sort_updated_at",
    "BookingsListStatusItem": "bookings_list_status_item",
    "BooleanFieldInput": "boolean_field_input",
    "BooleanFieldOutput": "boolean_field_output",
    "BusinessDaysWindow": "business_days_window",
    "BusinessDaysWindowType": "business_days_window_type",
    "BusyTimesOutput": "busy_times_output",
    "CalUnifiedCalendarsGetCalendarEventDetailsCalendar": "cal_unified_calendars_get_calendar_event_details_calendar",
    "CalUnifiedCalendarsUpdateCalendarEventCalendar": "cal_unified_calendars_update_calendar_event_calendar",
    "CalVideoSettings": "cal_video_settings",
    "CalVideoSettingsRedirectUrlOnExit": "cal_video_settings_redirect_url_on_exit",
    "Calendar": "calendar",
    "CalendarDaysWindow": "calendar_days_window",
    "CalendarDaysWindowType": "calendar_days_window_type",
    "CalendarEventAttendee": "calendar_event_attendee",
    "CalendarEventHost": "calendar_event_host",
    "CalendarEventMoreLocation": "calendar_event_more_location",
    "CalendarEventMoreLocationType": "calendar_event_more_location_type",
    "CalendarEventOwner": "calendar_event_owner",
    "CalendarEventPhoneLocation": "calendar_event_phone_location",
    "CalendarEventPhoneLocationType": "calendar_event_phone_location_type",
    "CalendarEventResponseStatus": "calendar_event_response_status",
    "CalendarEventSipLocation": "calendar_event_sip_location",
    "CalendarEventSipLocationType": "calendar_event_sip_location_type",
    "CalendarEventStatus": "calendar_event_status",
    "CalendarEventVideoLocation": "calendar_event_video_location",
    "CalendarEventVideoLocationType": "calendar_event_video_location_type",
    "CalendarLink": "calendar_link",
    "CalendarLinksOutput": "calendar_links_output",
    "CalendarSource": "calendar_source",
    "CalendarsCheckCalendar": "calendars_check_calendar",
    "CalendarsCheckIcsFeedResponse200": "calendars_check_ics_feed_response_200",
    "CalendarsCheckResponse200": "calendars_check_response_200",
    "CalendarsDeleteCredentialsCalendar": "calendars_delete_credentials_calendar",
    "CalendarsRedirectCalendar": "calendars_redirect_calendar",
    "CalendarsRedirectResponse200": "calendars_redirect_response_200",
    "CalendarsSaveCalendar": "calendars_save_calendar",
    "CalendarsSyncCredentialsCalendar": "calendars_sync_credentials_calendar",
    "CancelBookingInput": "cancel_booking_input",
    "CancelBookingOutput": "cancel_booking_output",
    "CancelBookingOutputStatus": "cancel_booking_output_status",
    "CancelSeatedBookingInput": "cancel_seated_booking_input",
    "CheckboxGroupFieldInput": "checkbox_group_field_input",
    "CheckboxGroupFieldOutput": "checkbox_group_field_output",
    "ConferencingAppOutputResponseDto": "conferencing_app_output_response_dto",
    "ConferencingAppOutputResponseDtoStatus": "conferencing_app_output_response_dto_status",
    "ConferencingAppsOutputDto": "conferencing_apps_output_dto",
    "ConferencingAppsOutputResponseDto": "conferencing_apps_output_response_dto",
    "ConferencingAppsOutputResponseDtoStatus": "conferencing_apps_output_response_dto_status",
    "ConferencingConnectApp": "conferencing_connect_app",
    "ConferencingDefaultApp": "conferencing_default_app",
    "ConferencingDisconnectApp": "conferencing_disconnect_app",
    "ConferencingRedirectApp": "conferencing_redirect_app",
    "ConferencingSaveApp": "conferencing_save_app",
    "ConnectedCalendar": "connected_calendar",
    "ConnectedCalendarsData": "connected_calendars_data",
    "ConnectedCalendarsOutput": "connected_calendars_output",
    "ConnectedCalendarsOutputStatus": "connected_calendars_output_status",
    "CreateAttributeOptionOutput": "create_attribute_option_output",
    "CreateAttributeOptionOutputStatus": "create_attribute_option_output_status",
    "CreateBookingAttendee": "create_booking_attendee",
    "CreateBookingAttendeeLanguage": "create_booking_attendee_language",
    "CreateBookingInput": "create_booking_input",
    "CreateBookingInputBookingFieldsResponses": "create_booking_input_booking_fields_responses",
    "CreateBookingInputMetadata": "create_booking_input_metadata",
    "CreateBookingOutput": "create_booking_output",
    "CreateBookingOutputStatus": "create_booking_output_status",
    "CreateCalendarCredentialsInput": "create_calendar_credentials_input",
    "CreateDelegationCredentialInput": "create_delegation_credential_input",
    "CreateDelegationCredentialOutput": "create_delegation_credential_output",
    "CreateDelegationCredentialOutputStatus": "create_delegation_credential_output_status",
    "CreateEventTypeInput": "create_event_type_input",
    "CreateEventTypeOutput": "create_event_type_output",
    "CreateEventTypeOutputStatus": "create_event_type_output_status",
    "CreateIcsFeedInputDto": "create_ics_feed_input_dto",
    "CreateIcsFeedOutput": "create_ics_feed_output",
    "CreateIcsFeedOutputResponseDto": "create_ics_feed_output_response_dto",
    "CreateIcsFeedOutputResponseDtoStatus": "create_ics_feed_output_response_dto_status",
    "CreateInstantBookingInput": "create_instant_booking_input",
    "CreateInstantBookingInputBookingFieldsResponses": "create_instant_booking_input_booking_fields_responses",
    "CreateInstantBookingInputMetadata": "create_instant_booking_input_metadata",
    "CreateInviteOutputDto": "create_invite_output_dto",
    "CreateManagedOrganizationOutput": "create_managed_organization_output",
    "CreateManagedOrganizationOutputStatus": "create_managed_organization_output_status",
    "CreateManagedUserData": "create_managed_user_data",
    "CreateManagedUserInput": "create_managed_user_input",
    "CreateManagedUserInputLocale": "create_managed_user_input_locale",
    "CreateManagedUserInputMetadata": "create_managed_user_input_metadata",
    "CreateManagedUserInputTimeFormat": "create_managed_user_input_time_format",
    "CreateManagedUserInputWeekStart": "create_managed_user_input_week_start",
    "CreateManagedUserOutput": "create_managed_user_output",
    "CreateManagedUserOutputError": "create_managed_user_output_error",
    "CreateManagedUserOutputStatus": "create_managed_user_output_status",
    "CreateOAuthClientInput": "create_o_auth_client_input",
    "CreateOAuthClientInputPermissionsItem": "create_o_auth_client_input_permissions_item",
    "CreateOAuthClientOutput": "create_o_auth_client_output",
    "CreateOAuthClientResponseDto": "create_o_auth_client_response_dto",
    "CreateOAuthClientResponseDtoStatus": "create_o_auth_client_response_dto_status",
    "CreateOrgMembershipDto": "create_org_membership_dto",
    "CreateOrgMembershipDtoRole": "create_org_membership_dto_role",
    "CreateOrgMembershipOutput": "create_org_membership_output",
    "CreateOrgMembershipOutputStatus": "create_org_membership_output_status",
    "CreateOrgTeamDto": "create_org_team_dto",
    "CreateOrgTeamDtoMetadata": "create_org_team_dto_metadata",
    "CreateOrgTeamMembershipDto": "create_org_team_membership_dto",
    "CreateOrgTeamMembershipDtoRole": "create_org_team_membership_dto_role",
    "CreateOrganizationAttributeInput": "create_organization_attribute_input",
    "CreateOrganizationAttributeInputType": "create_organization_attribute_input_type",
    "CreateOrganizationAttributeOptionInput": "create_organization_attribute_option_input",
    "CreateOrganizationAttributesOutput": "create_organization_attributes_output",
    "CreateOrganizationAttributesOutputStatus": "create_organization_attributes_output_status",
    "CreateOrganizationInput": "create_organization_input",
    "CreateOrganizationInputMetadata": "create_organization_input_metadata",
    "CreateOrganizationUserInput": "create_organization_user_input",
    "CreateOrganizationUserInputMetadata": "create_organization_user_input_metadata",
    "CreateOrganizationUserInputOrganizationRole": "create_organization_user_input_organization_role",
    "CreateOutOfOfficeEntryDto": "create_out_of_office_entry_dto",
    "CreateOutOfOfficeEntryDtoReason": "create_out_of_office_entry_dto_reason",
    "CreatePhoneCallInput": "create_phone_call_input",
    "CreatePhoneCallInputTemplateType": "create_phone_call_input_template_type",
    "CreatePhoneCallOutput": "create_phone_call_output",
    "CreatePhoneCallOutputStatus": "create_phone_call_output_status",
    "CreatePrivateLinkInput": "create_private_link_input",
    "CreatePrivateLinkOutput": "create_private_link_output",
    "CreateRecurringBookingInput": "create_recurring_booking_input",
    "CreateRecurringBookingInputBookingFieldsResponses": "create_recurring_booking_input_booking_fields_responses",
    "CreateRecurringBookingInputMetadata": "create_recurring_booking_input_metadata",
    "CreateRecurringSeatedBookingOutput": "create_recurring_seated_booking_output",
    "CreateRecurringSeatedBookingOutputMetadata": "create_recurring_seated_booking_output_metadata",
    "CreateRecurringSeatedBookingOutputStatus": "create_recurring_seated_booking_output_status",
    "CreateRoutingFormResponseOutput": "create_routing_form_response_output",
    "CreateRoutingFormResponseOutputData": "create_routing_form_response_output_data",
    "CreateRoutingFormResponseOutputStatus": "create_routing_form_response_output_status",
    "CreateScheduleInput": "create_schedule_input",
    "CreateScheduleOutput": "create_schedule_output",
    "CreateScheduleOutputStatus": "create_schedule_output_status",
    "CreateSeatedBookingOutput": "create_seated_booking_output",
    "CreateSeatedBookingOutputMetadata": "create_seated_booking_output_metadata",
    "CreateSeatedBookingOutputStatus": "create_seated_booking_output_status",
    "CreateTeamEventTypeInput": "create_team_event_type_input",
    "CreateTeamEventTypeInputSchedulingType": "create_team_event_type_input_scheduling_type",
    "CreateTeamEventTypeOutput": "create_team_event_type_output",
    "CreateTeamEventTypeOutputStatus": "create_team_event_type_output_status",
    "CreateTeamInput": "create_team_input",
    "CreateTeamInputMetadata": "create_team_input_metadata",
    "CreateTeamMembershipInput": "create_team_membership_input",
    "CreateTeamMembershipInputRole": "create_team_membership_input_role",
    "CreateTeamMembershipOutput": "create_team_membership_output",
    "CreateTeamMembershipOutputStatus": "create_team_membership_output_status",
    "CreateTeamOutput": "create_team_output",
    "CreateTeamOutputData": "create_team_output_data",
    "CreateTeamOutputStatus": "create_team_output_status",
    "CreateWebhookInputDto": "create_webhook_input_dto",
    "CreateWebhookInputDtoTriggersItem": "create_webhook_input_dto_triggers_item",
    "CreateWorkflowDto": "create_workflow_dto",
    "Data": "data",
    "DeclineBookingInput": "decline_booking_input",
    "DefaultConferencingAppsOutputDto": "default_conferencing_apps_output_dto",
    "DefaultFormatOrWithFormattime": "default_format_or_with_formattime",
    "DelegationCredentialOutput": "delegation_credential_output",
    "DeleteAttributeOptionOutput": "delete_attribute_option_output",
    "DeleteAttributeOptionOutputStatus": "delete_attribute_option_output_status",
    "DeleteCalendarCredentialsInputBodyDto": "delete_calendar_credentials_input_body_dto",
    "DeleteData": "delete_data",
    "DeleteEventTypeOutput": "delete_event_type_output",
    "DeleteEventTypeOutputStatus": "delete_event_type_output_status",
    "DeleteManyWebhooksOutputResponseDto": "delete_many_webhooks_output_response_dto",
    "DeleteManyWebhooksOutputResponseDtoStatus": "delete_many_webhooks_output_response_dto_status",
    "DeleteOrgMembership": "delete_org_membership",
    "DeleteOrgMembershipStatus": "delete_org_membership_status",
    "DeleteOrganizationAttributesOutput": "delete_organization_attributes_output",
    "DeleteOrganizationAttributesOutputStatus": "delete_organization_attributes_output_status",
    "DeletePrivateLinkOutput": "delete_private_link_output",
    "DeletePrivateLinkOutputData": "delete_private_link_output_data",
    "DeleteScheduleOutput": "delete_schedule_output",
    "DeleteScheduleOutputStatus": "delete_schedule_output_status",
    "DeleteTeamEventTypeOutput": "delete_team_event_type_output",
    "DeleteTeamEventTypeOutputData": "delete_team_event_type_output_data",
    "DeleteTeamEventTypeOutputStatus": "delete_team_event_type_output_status",
    "DeleteTeamMembershipOutput": "delete_team_membership_output",
    "DeleteTeamMembershipOutputStatus": "delete_team_membership_output_status",
    "DeletedCalendarCredentialsOutputDto": "deleted_calendar_credentials_output_dto",
    "DeletedCalendarCredentialsOutputResponseDto": "deleted_calendar_credentials_output_response_dto",
    "DeletedCalendarCredentialsOutputResponseDtoStatus": "deleted_calendar_credentials_output_response_dto_status",
    "DestinationCalendar": "destination_calendar",
    "DestinationCalendar20240614": "destination_calendar_20240614",
    "DestinationCalendarId": "destination_calendar_id",
    "DestinationCalendarsInputBodyDto": "destination_calendars_input_body_dto",
    "DestinationCalendarsInputBodyDtoIntegration": "destination_calendars_input_body_dto_integration",
    "DestinationCalendarsOutputDto": "destination_calendars_output_dto",
    "DestinationCalendarsOutputResponseDto": "destination_calendars_output_response_dto",
    "DestinationCalendarsOutputResponseDtoStatus": "destination_calendars_output_response_dto_status",
    "Disabled": "disabled",
    "DisconnectConferencingAppOutputResponseDto": "disconnect_conferencing_app_output_response_dto",
    "DisconnectConferencingAppOutputResponseDtoStatus": "disconnect_conferencing_app_output_response_dto_status",
    "EmailDefaultFieldInput": "email_default_field_input",
    "EmailDefaultFieldInputRequired": "email_default_field_input_required",
    "EmailDefaultFieldOutput": "email_default_field_output",
    "EmailDefaultFieldOutputRequired": "email_default_field_output_required",
    "EventType": "event_type",
    "EventTypeColor": "event_type_color",
    "EventTypeOutput": "event_type_output",
    "EventTypeOutputBookingLimitsCount": "event_type_output_booking_limits_count",
    "EventTypeOutputBookingLimitsDuration": "event_type_output_booking_limits_duration",
    "EventTypeOutputConfirmationPolicy": "event_type_output_confirmation_policy",
    "EventTypeOutputForwardParamsSuccessRedirectType0": "event_type_output_forward_params_success_redirect_type_0",
    "EventTypeOutputMetadata": "event_type_output_metadata",
    "EventTypeOutputSeatsPerTimeSlotType0": "event_type_output_seats_per_time_slot_type_0",
    "EventTypeOutputSuccessRedirectUrlType0": "event_type_output_success_redirect_url_type_0",
    "EventTypeTeam": "event_type_team",
    "EventTypeWebhookOutputDto": "event_type_webhook_output_dto",
    "EventTypeWebhookOutputResponseDto": "event_type_webhook_output_response_dto",
    "EventTypeWebhookOutputResponseDtoStatus": "event_type_webhook_output_response_dto_status",
    "EventTypeWebhooksOutputResponseDto": "event_type_webhooks_output_response_dto",
    "EventTypeWebhooksOutputResponseDtoStatus": "event_type_webhooks_output_response_dto_status",
    "GetAllAttributeAssignedOptionOutput": "get_all_attribute_assigned_option_output",
    "GetAllAttributeAssignedOptionOutputStatus": "get_all_attribute_assigned_option_output_status",
    "GetAllAttributeOptionOutput": "get_all_attribute_option_output",
    "GetAllAttributeOptionOutputStatus": "get_all_attribute_option_output_status",
    "GetAllOrgMemberships": "get_all_org_memberships",
    "GetAllOrgMembershipsStatus": "get_all_org_memberships_status",
    "GetBookingOutput": "get_booking_output",
    "GetBookingOutputError": "get_booking_output_error",
    "GetBookingOutputStatus": "get_booking_output_status",
    "GetBookingRecordingsOutput": "get_booking_recordings_output",
    "GetBookingRecordingsOutputError": "get_booking_recordings_output_error",
    "GetBookingRecordingsOutputStatus": "get_booking_recordings_output_status",
    "GetBookingTranscriptsOutput": "get_booking_transcripts_output",
    "GetBookingTranscriptsOutputError": "get_booking_transcripts_output_error",
    "GetBookingTranscriptsOutputStatus": "get_booking_transcripts_output_status",
    "GetBookingsOutput": "get_bookings_output",
    "GetBookingsOutputError": "get_bookings_output_error",
    "GetBookingsOutputStatus": "get_bookings_output_status",
    "GetBusyTimesOutput": "get_busy_times_output",
    "GetBusyTimesOutputStatus": "get_busy_times_output_status",
    "GetConferencingAppsOauthUrlResponseDto": "get_conferencing_apps_oauth_url_response_dto",
    "GetConferencingAppsOauthUrlResponseDtoStatus": "get_conferencing_apps_oauth_url_response_dto_status",
    "GetDefaultConferencingAppOutputResponseDto": "get_default_conferencing_app_output_response_dto",
    "GetDefaultConferencingAppOutputResponseDtoStatus": "get_default_conferencing_app_output_response_dto_status",
    "GetDefaultScheduleOutput": "get_default_schedule_output",
    "GetDefaultScheduleOutputStatus": "get_default_schedule_output_status",
    "GetEventTypeOutput": "get_event_type_output",
    "GetEventTypeOutputStatus": "get_event_type_output_status",
    "GetEventTypesOutput": "get_event_types_output",
    "GetEventTypesOutputStatus": "get_event_types_output_status",
    "GetManagedOrganizationOutput": "get_managed_organization_output",
    "GetManagedOrganizationOutputStatus": "get_managed_organization_output_status",
    "GetManagedOrganizationsOutput": "get_managed_organizations_output",
    "GetManagedOrganizationsOutputStatus": "get_managed_organizations_output_status",
    "GetManagedUserOutput": "get_managed_user_output",
    "GetManagedUserOutputStatus": "get_managed_user_output_status",
    "GetManagedUsersOutput": "get_managed_users_output",
    "GetManagedUsersOutputStatus": "get_managed_users_output_status",
    "GetMeOutput": "get_me_output",
    "GetMeOutputStatus": "get_me_output_status",
    "GetOAuthClientResponseDto": "get_o_auth_client_response_dto",
    "GetOAuthClientResponseDtoStatus": "get_o_auth_client_response_dto_status",
    "GetOAuthClientsResponseDto": "get_o_auth_clients_response_dto",
    "GetOAuthClientsResponseDtoStatus": "get_o_auth_clients_response_dto_status",
    "GetOptionUserOutput": "get_option_user_output",
    "GetOptionUserOutputData": "get_option_user_output_data",
    "GetOptionUserOutputStatus": "get_option_user_output_status",
    "GetOrgMembership": "get_org_membership",
    "GetOrgMembershipStatus": "get_org_membership_status",
    "GetOrgUsersWithProfileOutput": "get_org_users_with_profile_output",
    "GetOrgUsersWithProfileOutputMetadata": "get_org_users_with_profile_output_metadata",
    "GetOrganizationAttributesOutput": "get_organization_attributes_output",
    "GetOrganizationAttributesOutputStatus": "get_organization_attributes_output_status",
    "GetOrganizationUserOutput": "get_organization_user_output",
    "GetOrganizationUserOutputStatus": "get_organization_user_output_status",
    "GetOrganizationUsersResponseDTO": "get_organization_users_response_dto",
    "GetOrganizationUsersResponseDTOStatus": "get_organization_users_response_dto_status",
    "GetPrivateLinksOutput": "get_private_links_output",
    "GetRecurringSeatedBookingOutput": "get_recurring_seated_booking_output",
    "GetRecurringSeatedBookingOutputMetadata": "get_recurring_seated_booking_output_metadata",
    "GetRecurringSeatedBookingOutputStatus": "get_recurring_seated_booking_output_status",
    "GetReservedSlotOutput": "get_reserved_slot_output",
    "GetReservedSlotOutputStatus": "get_reserved_slot_output_status",
    "GetRoutingFormResponsesOutput": "get_routing_form_responses_output",
    "GetRoutingFormResponsesOutputStatus": "get_routing_form_responses_output_status",
    "GetRoutingFormsOutput": "get_routing_forms_output",
    "GetRoutingFormsOutputStatus": "get_routing_forms_output_status",
    "GetScheduleOutput": "get_schedule_output",
    "GetScheduleOutputError": "get_schedule_output_error",
    "GetScheduleOutputStatus": "get_schedule_output_status",
    "GetSchedulesOutput": "get_schedules_output",
    "GetSchedulesOutputError": "get_schedules_output_error",
    "GetSchedulesOutputStatus": "get_schedules_output_status",
    "GetSeatedBookingOutput": "get_seated_booking_output",
    "GetSeatedBookingOutputMetadata": "get_seated_booking_output_metadata",
    "GetSeatedBookingOutputStatus": "get_seated_booking_output_status",
    "GetSingleAttributeOutput": "get_single_attribute_output",
    "GetSingleAttributeOutputStatus": "get_single_attribute_output_status",
    "GetTeamEventTypeOutput": "get_team_event_type_output",
    "GetTeamEventTypeOutputStatus": "get_team_event_type_output_status",
    "GetTeamEventTypesOutput": "get_team_event_types_output",
    "GetTeamEventTypesOutputStatus": "get_team_event_types_output_status",
    "GetTeamMembershipOutput": "get_team_membership_output",
    "GetTeamMembershipOutputStatus": "get_team_membership_output_status",
    "GetTeamMembershipsOutput": "get_team_memberships_output",
    "GetTeamMembershipsOutputStatus": "get_team_memberships_output_status",
    "GetTeamOutput": "get_team_output",
    "GetTeamOutputStatus": "get_team_output_status",
    "GetTeamsOutput": "get_teams_output",
    "GetTeamsOutputStatus": "get_teams_output_status",
    "GetUnifiedCalendarEventOutput": "get_unified_calendar_event_output",
    "GetUnifiedCalendarEventOutputStatus": "get_unified_calendar_event_output_status",
    "GetWorkflowOutput": "get_workflow_output",
    "GetWorkflowOutputStatus": "get_workflow_output_status",
    "GetWorkflowsOutput": "get_workflows_output",
    "GetWorkflowsOutputStatus": "get_workflows_output_status",
    "GoogleServiceAccountKeyInput": "google_service_account_key_input",
    "GuestsDefaultFieldInput": "guests_default_field_input",
    "GuestsDefaultFieldOutput": "guests_default_field_output",
    "Host": "host",
    "HostPriority": "host_priority",
    "HtmlWorkflowMessageDto": "html_workflow_message_dto",
    "InputAddressLocation": "input_address_location",
    "InputAttendeeAddressLocation": "input_attendee_address_location",
    "InputAttendeeDefinedLocation": "input_attendee_defined_location",
    "InputAttendeePhoneLocation": "input_attendee_phone_location",
    "InputIntegrationLocation": "input_integration_location",
    "InputIntegrationLocationIntegration": "input_integration_location_integration",
    "InputLinkLocation": "input_link_location",
    "InputOrganizersDefaultApp": "input_organizers_default_app",
    "InputPhoneLocation": "input_phone_location",
    "Integration": "integration",
    "IntegrationAppDataType0": "integration_app_data_type_0",
    "IntegrationLocationOptionType0": "integration_location_option_type_0",
    "InviteDataDto": "invite_data_dto",
    "KeysDto": "keys_dto",
    "KeysResponseDto": "keys_response_dto",
    "KeysResponseDtoStatus": "keys_response_dto_status",
    "LocationDefaultFieldInput": "location_default_field_input",
    "LocationDefaultFieldOutput": "location_default_field_output",
    "ManagedOrganizationOutput": "managed_organization_output",
    "ManagedOrganizationOutputMetadata": "managed_organization_output_metadata",
    "ManagedOrganizationWithApiKeyOutput": "managed_organization_with_api_key_output",
    "ManagedOrganizationWithApiKeyOutputMetadata": "managed_organization_with_api_key_output_metadata",
    "ManagedUserOutput": "managed_user_output",
    "ManagedUserOutputLocale": "managed_user_output_locale",
    "ManagedUserOutputMetadata": "managed_user_output_metadata",
    "MarkAbsentAttendee": "mark_absent_attendee",
    "MarkAbsentBookingInput": "mark_absent_booking_input",
    "MarkAbsentBookingOutput": "mark_absent_booking_output",
    "MarkAbsentBookingOutputStatus": "mark_absent_booking_output_status",
    "MeOrgOutput": "me_org_output",
    "MeOutput": "me_output",
    "MembershipUserOutputDto": "membership_user_output_dto",
    "MembershipUserOutputDtoMetadata": "membership_user_output_dto_metadata",
    "MicrosoftServiceAccountKeyInput": "microsoft_service_account_key_input",
    "MultiEmailFieldInput": "multi_email_field_input",
    "MultiEmailFieldOutput": "multi_email_field_output",
    "MultiSelectAttribute": "multi_select_attribute",
    "MultiSelectAttributeOption": "multi_select_attribute_option",
    "MultiSelectFieldInput": "multi_select_field_input",
    "MultiSelectFieldOutput": "multi_select_field_output",
    "NameDefaultFieldInput": "name_default_field_input",
    "NameDefaultFieldOutput": "name_default_field_output",
    "NotesDefaultFieldInput": "notes_default_field_input",
    "NotesDefaultFieldOutput": "notes_default_field_output",
    "NoticeThreshold": "notice_threshold",
    "NumberAttribute": "number_attribute",
    "NumberFieldInput": "number_field_input",
    "NumberFieldOutput": "number_field_output",
    "OAuthClientWebhookOutputDto": "o_auth_client_webhook_output_dto",
    "OAuthClientWebhookOutputResponseDto": "o_auth_client_webhook_output_response_dto",
    "OAuthClientWebhookOutputResponseDtoStatus": "o_auth_client_webhook_output_response_dto_status",
    "OAuthClientWebhooksOutputResponseDto": "o_auth_client_webhooks_output_response_dto",
    "OAuthClientWebhooksOutputResponseDtoStatus": "o_auth_client_webhooks_output_response_dto_status",
    "OnAfterCalVideoGuestsNoShowTriggerDto": "on_after_cal_video_guests_no_show_trigger_dto",
    "OnAfterCalVideoGuestsNoShowTriggerDtoType": "on_after_cal_video_guests_no_show_trigger_dto_type",
    "OnAfterCalVideoHostsNoShowTriggerDto": "on_after_cal_video_hosts_no_show_trigger_dto",
    "OnAfterCalVideoHostsNoShowTriggerDtoType": "on_after_cal_video_hosts_no_show_trigger_dto_type",
    "OnAfterEventTriggerDto": "on_after_event_trigger_dto",
    "OnAfterEventTriggerDtoType": "on_after_event_trigger_dto_type",
    "OnBeforeEventTriggerDto": "on_before_event_trigger_dto",
    "OnBeforeEventTriggerDtoType": "on_before_event_trigger_dto_type",
    "OnCancelTriggerDto": "on_cancel_trigger_dto",
    "OnCancelTriggerDtoType": "on_cancel_trigger_dto_type",
    "OnCreationTriggerDto": "on_creation_trigger_dto",
    "OnCreationTriggerDtoType": "on_creation_trigger_dto_type",
    "OnNoShowUpdateTriggerDto": "on_no_show_update_trigger_dto",
    "OnPaidTriggerDto": "on_paid_trigger_dto",
    "OnPaymentInitiatedTriggerDto": "on_payment_initiated_trigger_dto",
    "OnRejectedTriggerDto": "on_rejected_trigger_dto",
    "OnRequestedTriggerDto": "on_requested_trigger_dto",
    "OnRescheduleTriggerDto": "on_reschedule_trigger_dto",
    "OnRescheduleTriggerDtoType": "on_reschedule_trigger_dto_type",
    "OptionOutput": "option_output",
    "OrgMeTeamsOutputResponseDto": "org_me_teams_output_response_dto",
    "OrgMeTeamsOutputResponseDtoStatus": "org_me_teams_output_response_dto_status",
    "OrgTeamMembershipOutputResponseDto": "org_team_membership_output_response_dto",
    "OrgTeamMembershipOutputResponseDtoStatus": "org_team_membership_output_response_dto_status",
    "OrgTeamMembershipsOutputResponseDto": "org_team_memberships_output_response_dto",
    "OrgTeamMembershipsOutputResponseDtoStatus": "org_team_memberships_output_response_dto_status",
    "OrgTeamOutputDto": "org_team_output_dto",
    "OrgTeamOutputDtoMetadata": "org_team_output_dto_metadata",
    "OrgTeamOutputResponseDto": "org_team_output_response_dto",
    "OrgTeamOutputResponseDtoStatus": "org_team_output_response_dto_status",
    "OrgTeamsOutputResponseDto": "org_teams_output_response_dto",
    "OrgTeamsOutputResponseDtoStatus": "org_teams_output_response_dto_status",
    "OrganizationMembershipOutput": "organization_membership_output",
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
    "OrgsUsersBookingsListSortCreated": "orgs_users_bookings_list_sort_created",
    "OrgsUsersBookingsListSortEnd": "orgs_users_bookings_list_sort_end",
    "OrgsUsersBookingsListSortStart": "orgs_users_bookings_list_sort_start",
    "OrgsUsersBookingsListSortUpdatedAt": "orgs_users_bookings_list_sort_updated_at",
    "OrgsUsersBookingsListStatusItem": "orgs_users_bookings_list_status_item",
    "OrgsUsersListAttributeQueryOperator": "orgs_users_list_attribute_query_operator",
    "OrgsUsersOooGetSortEnd": "orgs_users_ooo_get_sort_end",
    "OrgsUsersOooGetSortStart": "orgs_users_ooo_get_sort_start",
    "OrgsUsersOooListSortEnd": "orgs_users_ooo_list_sort_end",
    "OrgsUsersOooListSortStart": "orgs_users_ooo_list_sort_start",
    "OutputAddressLocation": "output_address_location",
    "OutputIntegrationLocation": "output_integration_location",
    "OutputIntegrationLocationIntegration": "output_integration_location_integration",
    "OutputLinkLocation": "output_link_location",
    "OutputOrganizersDefaultAppLocation": "output_organizers_default_app_location",
    "OutputPhoneLocation": "output_phone_location",
    "OutputUnknownLocation": "output_unknown_location",
    "PaginationMetaDto": "pagination_meta_dto",
    "PhoneFieldInput": "phone_field_input",
    "PhoneFieldOutput": "phone_field_output",
    "PlatformOAuthClientDto": "platform_o_auth_client_dto",
    "PlatformOAuthClientDtoPermissionsItem": "platform_o_auth_client_dto_permissions_item",
    "Primary": "primary",
    "ProfileOutput": "profile_output",
    "RadioGroupFieldInput": "radio_group_field_input",
    "RadioGroupFieldOutput": "radio_group_field_output",
    "RangeFormatWhenFormatrange": "range_format_when_formatrange",
    "RangeFormatWhenFormatrangeAdditionalPropertyItem": "range_format_when_formatrange_additional_property_item",
    "RangeSlotsOutput": "range_slots_output",
    "RangeWindow": "range_window",
    "RangeWindowType": "range_window_type",
    "ReassignBookingOutput": "reassign_booking_output",
    "ReassignBookingOutputStatus": "reassign_booking_output_status",
    "ReassignToUserBookingInput": "reassign_to_user_booking_input",
    "ReassignedToDto": "reassigned_to_dto",
    "RecordingItem": "recording_item",
    "Recurrence": "recurrence",
    "RecurrenceFrequency": "recurrence_frequency",
    "RecurringBookingOutput": "recurring_booking_output",
    "RecurringBookingOutputBookingFieldsResponses": "recurring_booking_output_booking_fields_responses",
    "RecurringBookingOutputMetadata": "recurring_booking_output_metadata",
    "RecurringBookingOutputStatus": "recurring_booking_output_status",
    "RefreshApiKeyInput": "refresh_api_key_input",
    "RefreshApiKeyOutput": "refresh_api_key_output",
    "RefreshApiKeyOutputStatus": "refresh_api_key_output_status",
    "RefreshTokenInput": "refresh_token_input",
    "RequestEmailVerificationInput": "request_email_verification_input",
    "RequestEmailVerificationOutput": "request_email_verification_output",
    "RequestEmailVerificationOutputStatus": "request_email_verification_output_status",
    "RequestPhoneVerificationInput": "request_phone_verification_input",
    "RequestPhoneVerificationOutput": "request_phone_verification_output",
    "RequestPhoneVerificationOutputStatus": "request_phone_verification_output_status",
    "RescheduleBookingInput": "reschedule_booking_input",
    "RescheduleBookingOutput": "reschedule_booking_output",
    "RescheduleBookingOutputStatus": "reschedule_booking_output_status",
    "RescheduleReasonDefaultFieldInput": "reschedule_reason_default_field_input",
    "RescheduleReasonDefaultFieldOutput": "reschedule_reason_default_field_output",
    "RescheduleSeatedBookingInput": "reschedule_seated_booking_input",
    "ReserveSlotInput": "reserve_slot_input",
    "ReserveSlotOutput": "reserve_slot_output",
    "ReserveSlotOutputResponse": "reserve_slot_output_response",
    "ReserveSlotOutputResponseStatus": "reserve_slot_output_response_status",
    "ResponseSlotsOutput": "response_slots_output",
    "ResponseSlotsOutputData": "response_slots_output_data",
    "ResponseSlotsOutputStatus": "response_slots_output_status",
    "Routing": "routing",
    "RoutingFormOutput": "routing_form_output",
    "RoutingFormOutputFieldsType0": "routing_form_output_fields_type_0",
    "RoutingFormOutputRoutesType0": "routing_form_output_routes_type_0",
    "RoutingFormOutputSettingsType0": "routing_form_output_settings_type_0",
    "RoutingFormResponseOutput": "routing_form_response_output",
    "RoutingFormResponseOutputResponse": "routing_form_response_output_response",
    "RoutingFormsCalculateSlotsBasedOnResponseFormat": "routing_forms_calculate_slots_based_on_response_format",
    "ScheduleAvailabilityInput": "schedule_availability_input",
    "ScheduleAvailabilityInputDaysItem": "schedule_availability_input_days_item",
    "ScheduleOutput": "schedule_output",
    "ScheduleOutput20240611": "schedule_output_20240611",
    "ScheduleOutputDateOverridesItem": "schedule_output_date_overrides_item",
    "ScheduleOverrideInput": "schedule_override_input",
    "SeatedAttendee": "seated_attendee",
    "SeatedAttendeeBookingFieldsResponses": "seated_attendee_booking_fields_responses",
    "SeatedAttendeeLanguage": "seated_attendee_language",
    "SeatedAttendeeMetadata": "seated_attendee_metadata",
    "Seats": "seats",
    "SelectFieldInput": "select_field_input",
    "SelectFieldOutput": "select_field_output",
    "SelectedCalendarOutputDto": "selected_calendar_output_dto",
    "SelectedCalendarOutputResponseDto": "selected_calendar_output_response_dto",
    "SelectedCalendarOutputResponseDtoStatus": "selected_calendar_output_response_dto_status",
    "SelectedCalendarsInputDto": "selected_calendars_input_dto",
    "SetDefaultConferencingAppOutputResponseDto": "set_default_conferencing_app_output_response_dto",
    "SetDefaultConferencingAppOutputResponseDtoStatus": "set_default_conferencing_app_output_response_dto_status",
    "SingleSelectAttribute": "single_select_attribute",
    "SlotsDeleteReservedResponse200": "slots_delete_reserved_response_200",
    "SlotsOutput": "slots_output",
    "StripConnectOutputDto": "strip_connect_output_dto",
    "StripConnectOutputResponseDto": "strip_connect_output_response_dto",
    "StripConnectOutputResponseDtoStatus": "strip_connect_output_response_dto_status",
    "StripCredentialsCheckOutputResponseDto": "strip_credentials_check_output_response_dto",
    "StripCredentialsSaveOutputResponseDto": "strip_credentials_save_output_response_dto",
    "TeamEventTypeOutput": "team_event_type_output",
    "TeamEventTypeOutputBookingLimitsCount": "team_event_type_output_booking_limits_count",
    "TeamEventTypeOutputBookingLimitsDuration": "team_event_type_output_booking_limits_duration",
    "TeamEventTypeOutputConfirmationPolicy": "team_event_type_output_confirmation_policy",
    "TeamEventTypeOutputForwardParamsSuccessRedirectType0": "team_event_type_output_forward_params_success_redirect_type_0",
    "TeamEventTypeOutputMetadata": "team_event_type_output_metadata",
    "TeamEventTypeOutputOwnerIdType0": "team_event_type_output_owner_id_type_0",
    "TeamEventTypeOutputParentEventTypeIdType0": "team_event_type_output_parent_event_type_id_type_0",
    "TeamEventTypeOutputSchedulingType": "team_event_type_output_scheduling_type",
    "TeamEventTypeOutputSeatsPerTimeSlotType0": "team_event_type_output_seats_per_time_slot_type_0",
    "TeamEventTypeOutputSuccessRedirectUrlType0": "team_event_type_output_success_redirect_url_type_0",
    "TeamMembershipOutput": "team_membership_output",
    "TeamMembershipOutputRole": "team_membership_output_role",
    "TeamOutputDto": "team_output_dto",
    "TeamOutputDtoMetadata": "team_output_dto_metadata",
    "TeamVerifiedEmailOutput": "team_verified_email_output",
    "TeamVerifiedEmailOutputStatus": "team_verified_email_output_status",
    "TeamVerifiedEmailsOutput": "team_verified_emails_output",
    "TeamVerifiedEmailsOutputStatus": "team_verified_emails_output_status",
    "TeamVerifiedPhoneOutput": "team_verified_phone_output",
    "TeamVerifiedPhoneOutputStatus": "team_verified_phone_output_status",
    "TeamVerifiedPhonesOutput": "team_verified_phones_output",
    "TeamVerifiedPhonesOutputStatus": "team_verified_phones_output_status",
    "TeamWebhookOutputDto": "team_webhook_output_dto",
    "TeamWebhookOutputResponseDto": "team_webhook_output_response_dto",
    "TeamWebhookOutputResponseDtoStatus": "team_webhook_output_response_dto_status",
    "TeamWebhooksOutputResponseDto": "team_webhooks_output_response_dto",
    "TeamWebhooksOutputResponseDtoStatus": "team_webhooks_output_response_dto_status",
    "TextAreaFieldInput": "text_area_field_input",
    "TextAreaFieldOutput": "text_area_field_output",
    "TextAttribute": "text_attribute",
    "TextFieldInput": "text_field_input",
    "TextFieldOutput": "text_field_output",
    "TextWorkflowMessageDto": "text_workflow_message_dto",
    "TimeBasedPrivateLinkOutput": "time_based_private_link_output",
    "TitleDefaultFieldInput": "title_default_field_input",
    "TitleDefaultFieldOutput": "title_default_field_output",
    "UnassignOptionUserOutput": "unassign_option_user_output",
    "UnassignOptionUserOutputStatus": "unassign_option_user_output_status",
    "UnifiedCalendarEventOutput": "unified_calendar_event_output",
    "UnifiedCalendarEventOutputEnd": "unified_calendar_event_output_end",
    "UnifiedCalendarEventOutputStart": "unified_calendar_event_output_start",
    "UpdateAttributeOptionOutput": "update_attribute_option_output",
    "UpdateAttributeOptionOutputStatus": "update_attribute_option_output_status",
    "UpdateCalendarEventAttendee": "update_calendar_event_attendee",
    "UpdateDelegationCredentialInput": "update_delegation_credential_input",
    "UpdateDelegationCredentialOutput": "update_delegation_credential_output",
    "UpdateDelegationCredentialOutputStatus": "update_delegation_credential_output_status",
    "UpdateEmailAddressWorkflowStepDto": "update_email_address_workflow_step_dto",
    "UpdateEmailAddressWorkflowStepDtoAction": "update_email_address_workflow_step_dto_action",
    "UpdateEmailAddressWorkflowStepDtoRecipient": "update_email_address_workflow_step_dto_recipient",
    "UpdateEmailAddressWorkflowStepDtoTemplate": "update_email_address_workflow_step_dto_template",
    "UpdateEmailAttendeeWorkflowStepDto": "update_email_attendee_workflow_step_dto",
    "UpdateEmailAttendeeWorkflowStepDtoAction": "update_email_attendee_workflow_step_dto_action",
    "UpdateEmailAttendeeWorkflowStepDtoRecipient": "update_email_attendee_workflow_step_dto_recipient",
    "UpdateEmailAttendeeWorkflowStepDtoTemplate": "update_email_attendee_workflow_step_dto_template",
    "UpdateEmailHostWorkflowStepDto": "update_email_host_workflow_step_dto",
    "UpdateEmailHostWorkflowStepDtoAction": "update_email_host_workflow_step_dto_action",
    "UpdateEmailHostWorkflowStepDtoRecipient": "update_email_host_workflow_step_dto_recipient",
    "UpdateEmailHostWorkflowStepDtoTemplate": "update_email_host_workflow_step_dto_template",
    "UpdateEventTypeInput": "update_event_type_input",
    "UpdateEventTypeOutput": "update_event_type_output",
    "UpdateEventTypeOutputStatus": "update_event_type_output_status",
    "UpdateManagedUserInput": "update_managed_user_input",
    "UpdateManagedUserInputLocale": "update_managed_user_input_locale",
    "UpdateManagedUserInputMetadata": "update_managed_user_input_metadata",
    "UpdateManagedUserInputTimeFormat": "update_managed_user_input_time_format",
    "UpdateManagedUserInputWeekStart": "update_managed_user_input_week_start",
    "UpdateMeOutput": "update_me_output",
    "UpdateMeOutputStatus": "update_me_output_status",
    "UpdateOAuthClientInput": "update_o_auth_client_input",
    "UpdateOrgMembership": "update_org_membership",
    "UpdateOrgMembershipDto": "update_org_membership_dto",
    "UpdateOrgMembershipDtoRole": "update_org_membership_dto_role",
    "UpdateOrgMembershipStatus": "update_org_membership_status",
    "UpdateOrgTeamDto": "update_org_team_dto",
    "UpdateOrgTeamDtoMetadata": "update_org_team_dto_metadata",
    "UpdateOrgTeamMembershipDto": "update_org_team_membership_dto",
    "UpdateOrgTeamMembershipDtoRole": "update_org_team_membership_dto_role",
    "UpdateOrganizationAttributeInput": "update_organization_attribute_input",
    "UpdateOrganizationAttributeInputType": "update_organization_attribute_input_type",
    "UpdateOrganizationAttributeOptionInput": "update_organization_attribute_option_input",
    "UpdateOrganizationAttributesOutput": "update_organization_attributes_output",
    "UpdateOrganizationAttributesOutputStatus": "update_organization_attributes_output_status",
    "UpdateOrganizationInput": "update_organization_input",
    "UpdateOrganizationInputMetadata": "update_organization_input_metadata",
    "UpdateOrganizationUserInput": "update_organization_user_input",
    "UpdateOutOfOfficeEntryDto": "update_out_of_office_entry_dto",
    "UpdateOutOfOfficeEntryDtoReason": "update_out_of_office_entry_dto_reason",
    "UpdatePhoneAttendeeWorkflowStepDto": "update_phone_attendee_workflow_step_dto",
    "UpdatePhoneAttendeeWorkflowStepDtoAction": "update_phone_attendee_workflow_step_dto_action",
    "UpdatePhoneAttendeeWorkflowStepDtoRecipient": "update_phone_attendee_workflow_step_dto_recipient",
    "UpdatePhoneAttendeeWorkflowStepDtoTemplate": "update_phone_attendee_workflow_step_dto_template",
    "UpdatePhoneNumberWorkflowStepDto": "update_phone_number_workflow_step_dto",
    "UpdatePhoneNumberWorkflowStepDtoAction": "update_phone_number_workflow_step_dto_action",
    "UpdatePhoneNumberWorkflowStepDtoRecipient": "update_phone_number_workflow_step_dto_recipient",
    "UpdatePhoneNumberWorkflowStepDtoTemplate": "update_phone_number_workflow_step_dto_template",
    "UpdatePhoneWhatsAppNumberWorkflowStepDto": "update_phone_whats_app_number_workflow_step_dto",
    "UpdatePhoneWhatsAppNumberWorkflowStepDtoAction": "update_phone_whats_app_number_workflow_step_dto_action",
    "UpdatePhoneWhatsAppNumberWorkflowStepDtoRecipient": "update_phone_whats_app_number_workflow_step_dto_recipient",
    "UpdatePhoneWhatsAppNumberWorkflowStepDtoTemplate": "update_phone_whats_app_number_workflow_step_dto_template",
    "UpdatePrivateLinkBody": "update_private_link_body",
    "UpdatePrivateLinkOutput": "update_private_link_output",
    "UpdateRoutingFormResponseInput": "update_routing_form_response_input",
    "UpdateRoutingFormResponseInputResponse": "update_routing_form_response_input_response",
    "UpdateRoutingFormResponseOutput": "update_routing_form_response_output",
    "UpdateRoutingFormResponseOutputStatus": "update_routing_form_response_output_status",
    "UpdateScheduleInput": "update_schedule_input",
    "UpdateScheduleOutput": "update_schedule_output",
    "UpdateScheduleOutputError": "update_schedule_output_error",
    "UpdateScheduleOutputStatus": "update_schedule_output_status",
    "UpdateTeamEventTypeInput": "update_team_event_type_input",
    "UpdateTeamEventTypeOutput": "update_team_event_type_output",
    "UpdateTeamEventTypeOutputStatus": "update_team_event_type_output_status",
    "UpdateTeamMembershipInput": "update_team_membership_input",
    "UpdateTeamMembershipInputRole": "update_team_membership_input_role",
    "UpdateTeamMembershipOutput": "update_team_membership_output",
    "UpdateTeamMembershipOutputStatus": "update_team_membership_output_status",
    "UpdateTeamOutput": "update_team_output",
    "UpdateTeamOutputStatus": "update_team_output_status",
    "UpdateUnifiedCalendarEventInput": "update_unified_calendar_event_input",
    "UpdateUnifiedCalendarEventInputEnd": "update_unified_calendar_event_input_end",
    "UpdateUnifiedCalendarEventInputStart": "update_unified_calendar_event_input_start",
    "UpdateWebhookInputDto": "update_webhook_input_dto",
    "UpdateWebhookInputDtoTriggersItem": "update_webhook_input_dto_triggers_item",
    "UpdateWhatsAppAttendeePhoneWorkflowStepDto": "update_whats_app_attendee_phone_workflow_step_dto",
    "UpdateWhatsAppAttendeePhoneWorkflowStepDtoAction": "update_whats_app_attendee_phone_workflow_step_dto_action",
    "UpdateWhatsAppAttendeePhoneWorkflowStepDtoRecipient": "update_whats_app_attendee_phone_workflow_step_dto_recipient",
    "UpdateWhatsAppAttendeePhoneWorkflowStepDtoTemplate": "update_whats_app_attendee_phone_workflow_step_dto_template",
    "UpdateWorkflowDto": "update_workflow_dto",
    "UrlFieldInput": "url_field_input",
    "UrlFieldOutput": "url_field_output",
    "UsageBasedPrivateLinkOutput": "usage_based_private_link_output",
    "UserVerifiedEmailOutput": "user_verified_email_output",
    "UserVerifiedEmailOutputStatus": "user_verified_email_output_status",
    "UserVerifiedEmailsOutput": "user_verified_emails_output",
    "UserVerifiedEmailsOutputStatus": "user_verified_emails_output_status",
    "UserVerifiedPhoneOutput": "user_verified_phone_output",
    "UserVerifiedPhoneOutputStatus": "user_verified_phone_output_status",
    "UserVerifiedPhonesOutput": "user_verified_phones_output",
    "UserVerifiedPhonesOutputStatus": "user_verified_phones_output_status",
    "UserWebhookOutputDto": "user_webhook_output_dto",
    "UserWebhookOutputResponseDto": "user_webhook_output_response_dto",
    "UserWebhookOutputResponseDtoStatus": "user_webhook_output_response_dto_status",
    "UserWebhooksOutputResponseDto": "user_webhooks_output_response_dto",
    "UserWebhooksOutputResponseDtoStatus": "user_webhooks_output_response_dto_status",
    "ValidateBookingLocation": "validate_booking_location",
    "VerifyEmailInput": "verify_email_input",
    "VerifyPhoneInput": "verify_phone_input",
    "WorkflowActivationDto": "workflow_activation_dto",
    "WorkflowActivationOutputDto": "workflow_activation_output_dto",
    "WorkflowEmailAddressStepDto": "workflow_email_address_step_dto",
    "WorkflowEmailAddressStepDtoAction": "workflow_email_address_step_dto_action",
    "WorkflowEmailAddressStepDtoRecipient": "workflow_email_address_step_dto_recipient",
    "WorkflowEmailAddressStepDtoTemplate": "workflow_email_address_step_dto_template",
    "WorkflowEmailAttendeeStepDto": "workflow_email_attendee_step_dto",
    "WorkflowEmailAttendeeStepDtoAction": "workflow_email_attendee_step_dto_action",
    "WorkflowEmailAttendeeStepDtoRecipient": "workflow_email_attendee_step_dto_recipient",
    "WorkflowEmailAttendeeStepDtoTemplate": "workflow_email_attendee_step_dto_template",
    "WorkflowEmailHostStepDto": "workflow_email_host_step_dto",
    "WorkflowEmailHostStepDtoAction": "workflow_email_host_step_dto_action",
    "WorkflowEmailHostStepDtoRecipient": "workflow_email_host_step_dto_recipient",
    "WorkflowEmailHostStepDtoTemplate": "workflow_email_host_step_dto_template",
    "WorkflowMessageOutputDto": "workflow_message_output_dto",
    "WorkflowOutput": "workflow_output",
    "WorkflowPhoneAttendeeStepDto": "workflow_phone_attendee_step_dto",
    "WorkflowPhoneAttendeeStepDtoAction": "workflow_phone_attendee_step_dto_action",
    "WorkflowPhoneAttendeeStepDtoRecipient": "workflow_phone_attendee_step_dto_recipient",
    "WorkflowPhoneAttendeeStepDtoTemplate": "workflow_phone_attendee_step_dto_template",
    "WorkflowPhoneNumberStepDto": "workflow_phone_number_step_dto",
    "WorkflowPhoneNumberStepDtoAction": "workflow_phone_number_step_dto_action",
    "WorkflowPhoneNumberStepDtoRecipient": "workflow_phone_number_step_dto_recipient",
    "WorkflowPhoneNumberStepDtoTemplate": "workflow_phone_number_step_dto_template",
    "WorkflowPhoneWhatsAppAttendeeStepDto": "workflow_phone_whats_app_attendee_step_dto",
    "WorkflowPhoneWhatsAppAttendeeStepDtoAction": "workflow_phone_whats_app_attendee_step_dto_action",
    "WorkflowPhoneWhatsAppAttendeeStepDtoRecipient": "workflow_phone_whats_app_attendee_step_dto_recipient",
    "WorkflowPhoneWhatsAppAttendeeStepDtoTemplate": "workflow_phone_whats_app_attendee_step_dto_template",
    "WorkflowPhoneWhatsAppNumberStepDto": "workflow_phone_whats_app_number_step_dto",
    "WorkflowPhoneWhatsAppNumberStepDtoAction": "workflow_phone_whats_app_number_step_dto_action",
    "WorkflowPhoneWhatsAppNumberStepDtoRecipient": "workflow_phone_whats_app_number_step_dto_recipient",
    "WorkflowPhoneWhatsAppNumberStepDtoTemplate": "workflow_phone_whats_app_number_step_dto_template",
    "WorkflowStepOutputDto": "workflow_step_output_dto",
    "WorkflowStepOutputDtoAction": "workflow_step_output_dto_action",
    "WorkflowStepOutputDtoRecipient": "workflow_step_output_dto_recipient",
    "WorkflowStepOutputDtoTemplate": "workflow_step_output_dto_template",
    "WorkflowTriggerOffsetDto": "workflow_trigger_offset_dto",
    "WorkflowTriggerOffsetDtoUnit": "workflow_trigger_offset_dto_unit",
    "WorkflowTriggerOffsetOutputDto": "workflow_trigger_offset_output_dto",
    "WorkflowTriggerOffsetOutputDtoUnit": "workflow_trigger_offset_output_dto_unit",
    "WorkflowTriggerOutputDto": "workflow_trigger_output_dto",
    "WorkflowTriggerOutputDtoType": "workflow_trigger_output_dto_type",
    "WorkingHours": "working_hours",
    "WorkspacePlatformDto": "workspace_platform_dto",
}

__all__ = (
    "AddressFieldInput",
    "AddressFieldOutput",
    "ApiKeyOutput",
    "AssignOptionUserOutput",
    "AssignOptionUserOutputData",
    "AssignOptionUserOutputStatus",
    "AssignOrganizationAttributeOptionToUserInput",
    "AssignedOptionOutput",
    "Attribute",
    "AttributeType",
    "AvailabilityModel",
    "BaseAttribute",
    "BaseBookingLimitsCount",
    "BaseBookingLimitsDuration",
    "BaseConfirmationPolicy",
    "BaseConfirmationPolicyType",
    "BaseWorkflowTriggerDto",
    "BaseWorkflowTriggerDtoType",
    "BookerLayouts",
    "BookerLayoutsDefaultLayout",
    "BookerLayoutsEnabledLayoutsItem",
    "BookingAttendee",
    "BookingAttendeeLanguage",
    "BookingHost",
    "BookingInputAddressLocation",
    "BookingInputAttendeeAddressLocation",
    "BookingInputAttendeeDefinedLocation",
    "BookingInputAttendeePhoneLocation",
    "BookingInputIntegrationLocation",
    "BookingInputIntegrationLocationIntegration",
    "BookingInputLinkLocation",
    "BookingInputOrganizersDefaultAppLocation",
    "BookingInputPhoneLocation",
    "BookingOutput",
    "BookingOutputBookingFieldsResponses",
    "BookingOutputMetadata",
    "BookingOutputStatus",
    "BookingReference",
    "BookingReferencesOutput",
    "BookingsGetReferencesType",
    "BookingsListSortCreated",
    "BookingsListSortEnd",
    "BookingsListSortStart",
    "BookingsListSortUpdatedAt",
    "BookingsListStatusItem",
    "BooleanFieldInput",
    "BooleanFieldOutput",
    "BusinessDaysWindow",
    "BusinessDaysWindowType",
    "BusyTimesOutput",
    "CalUnifiedCalendarsGetCalendarEventDetailsCalendar",
    "CalUnifiedCalendarsUpdateCalendarEventCalendar",
    "CalVideoSettings",
    "CalVideoSettingsRedirectUrlOnExit",
    "Calendar",
    "CalendarDaysWindow",
    "CalendarDaysWindowType",
    "CalendarEventAttendee",
    "CalendarEventHost",
    "CalendarEventMoreLocation",
    "CalendarEventMoreLocationType",
    "CalendarEventOwner",
    "CalendarEventPhoneLocation",
    "CalendarEventPhoneLocationType",
    "CalendarEventResponseStatus",
    "CalendarEventSipLocation",
    "CalendarEventSipLocationType",
    "CalendarEventStatus",
    "CalendarEventVideoLocation",
    "CalendarEventVideoLocationType",
    "CalendarLink",
    "CalendarLinksOutput",
    "CalendarSource",
    "CalendarsCheckCalendar",
    "CalendarsCheckIcsFeedResponse200",
    "CalendarsCheckResponse200",
    "CalendarsDeleteCredentialsCalendar",
    "CalendarsRedirectCalendar",
    "CalendarsRedirectResponse200",
    "CalendarsSaveCalendar",
    "CalendarsSyncCredentialsCalendar",
    "CancelBookingInput",
    "CancelBookingOutput",
    "CancelBookingOutputStatus",
    "CancelSeatedBookingInput",
    "CheckboxGroupFieldInput",
    "CheckboxGroupFieldOutput",
    "ConferencingAppOutputResponseDto",
    "ConferencingAppOutputResponseDtoStatus",
    "ConferencingAppsOutputDto",
    "ConferencingAppsOutputResponseDto",
    "ConferencingAppsOutputResponseDtoStatus",
    "ConferencingConnectApp",
    "ConferencingDefaultApp",
    "ConferencingDisconnectApp",
    "ConferencingRedirectApp",
    "ConferencingSaveApp",
    "ConnectedCalendar",
    "ConnectedCalendarsData",
    "ConnectedCalendarsOutput",
    "ConnectedCalendarsOutputStatus",
    "CreateAttributeOptionOutput",
    "CreateAttributeOptionOutputStatus",
    "CreateBookingAttendee",
    "CreateBookingAttendeeLanguage",
    "CreateBookingInput",
    "CreateBookingInputBookingFieldsResponses",
    "CreateBookingInputMetadata",
    "CreateBookingOutput",
    "CreateBookingOutputStatus",
    "CreateCalendarCredentialsInput",
    "CreateDelegationCredentialInput",
    "CreateDelegationCredentialOutput",
    "CreateDelegationCredentialOutputStatus",
    "CreateEventTypeInput",
    "CreateEventTypeOutput",
    "CreateEventTypeOutputStatus",
    "CreateIcsFeedInputDto",
    "CreateIcsFeedOutput",
    "CreateIcsFeedOutputResponseDto",
    "CreateIcsFeedOutputResponseDtoStatus",
    "CreateInstantBookingInput",
    "CreateInstantBookingInputBookingFieldsResponses",
    "CreateInstantBookingInputMetadata",
    "CreateInviteOutputDto",
    "CreateManagedOrganizationOutput",
    "CreateManagedOrganizationOutputStatus",
    "CreateManagedUserData",
    "CreateManagedUserInput",
    "CreateManagedUserInputLocale",
    "CreateManagedUserInputMetadata",
    "CreateManagedUserInputTimeFormat",
    "CreateManagedUserInputWeekStart",
    "CreateManagedUserOutput",
    "CreateManagedUserOutputError",
    "CreateManagedUserOutputStatus",
    "CreateOAuthClientInput",
    "CreateOAuthClientInputPermissionsItem",
    "CreateOAuthClientOutput",
    "CreateOAuthClientResponseDto",
    "CreateOAuthClientResponseDtoStatus",
    "CreateOrgMembershipDto",
    "CreateOrgMembershipDtoRole",
    "CreateOrgMembershipOutput",
    "CreateOrgMembershipOutputStatus",
    "CreateOrgTeamDto",
    "CreateOrgTeamDtoMetadata",
    "CreateOrgTeamMembershipDto",
    "CreateOrgTeamMembershipDtoRole",
    "CreateOrganizationAttributeInput",
    "CreateOrganizationAttributeInputType",
    "CreateOrganizationAttributeOptionInput",
    "CreateOrganizationAttributesOutput",
    "CreateOrganizationAttributesOutputStatus",
    "CreateOrganizationInput",
    "CreateOrganizationInputMetadata",
    "CreateOrganizationUserInput",
    "CreateOrganizationUserInputMetadata",
    "CreateOrganizationUserInputOrganizationRole",
    "CreateOutOfOfficeEntryDto",
    "CreateOutOfOfficeEntryDtoReason",
    "CreatePhoneCallInput",
    "CreatePhoneCallInputTemplateType",
    "CreatePhoneCallOutput",
    "CreatePhoneCallOutputStatus",
    "CreatePrivateLinkInput",
    "CreatePrivateLinkOutput",
    "CreateRecurringBookingInput",
    "CreateRecurringBookingInputBookingFieldsResponses",
    "CreateRecurringBookingInputMetadata",
    "CreateRecurringSeatedBookingOutput",
    "CreateRecurringSeatedBookingOutputMetadata",
    "CreateRecurringSeatedBookingOutputStatus",
    "CreateRoutingFormResponseOutput",
    "CreateRoutingFormResponseOutputData",
    "CreateRoutingFormResponseOutputStatus",
    "CreateScheduleInput",
    "CreateScheduleOutput",
    "CreateScheduleOutputStatus",
    "CreateSeatedBookingOutput",
    "CreateSeatedBookingOutputMetadata",
    "CreateSeatedBookingOutputStatus",
    "CreateTeamEventTypeInput",
    "CreateTeamEventTypeInputSchedulingType",
    "CreateTeamEventTypeOutput",
    "CreateTeamEventTypeOutputStatus",
    "CreateTeamInput",
    "CreateTeamInputMetadata",
    "CreateTeamMembershipInput",
    "CreateTeamMembershipInputRole",
    "CreateTeamMembershipOutput",
    "CreateTeamMembershipOutputStatus",
    "CreateTeamOutput",
    "CreateTeamOutputData",
    "CreateTeamOutputStatus",
    "CreateWebhookInputDto",
    "CreateWebhookInputDtoTriggersItem",
    "CreateWorkflowDto",
    "Data",
    "DeclineBookingInput",
    "DefaultConferencingAppsOutputDto",
    "DefaultFormatOrWithFormattime",
    "DelegationCredentialOutput",
    "DeleteAttributeOptionOutput",
    "DeleteAttributeOptionOutputStatus",
    "DeleteCalendarCredentialsInputBodyDto",
    "DeleteData",
    "DeleteEventTypeOutput",
    "DeleteEventTypeOutputStatus",
    "DeleteManyWebhooksOutputResponseDto",
    "DeleteManyWebhooksOutputResponseDtoStatus",
    "DeleteOrgMembership",
    "DeleteOrgMembershipStatus",
    "DeleteOrganizationAttributesOutput",
    "DeleteOrganizationAttributesOutputStatus",
    "DeletePrivateLinkOutput",
    "DeletePrivateLinkOutputData",
    "DeleteScheduleOutput",
    "DeleteScheduleOutputStatus",
    "DeleteTeamEventTypeOutput",
    "DeleteTeamEventTypeOutputData",
    "DeleteTeamEventTypeOutputStatus",
    "DeleteTeamMembershipOutput",
    "DeleteTeamMembershipOutputStatus",
    "DeletedCalendarCredentialsOutputDto",
    "DeletedCalendarCredentialsOutputResponseDto",
    "DeletedCalendarCredentialsOutputResponseDtoStatus",
    "DestinationCalendar",
    "DestinationCalendar20240614",
    "DestinationCalendarId",
    "DestinationCalendarsInputBodyDto",
    "DestinationCalendarsInputBodyDtoIntegration",
    "DestinationCalendarsOutputDto",
    "DestinationCalendarsOutputResponseDto",
    "DestinationCalendarsOutputResponseDtoStatus",
    "Disabled",
    "DisconnectConferencingAppOutputResponseDto",
    "DisconnectConferencingAppOutputResponseDtoStatus",
    "EmailDefaultFieldInput",
    "EmailDefaultFieldInputRequired",
    "EmailDefaultFieldOutput",
    "EmailDefaultFieldOutputRequired",
    "EventType",
    "EventTypeColor",
    "EventTypeOutput",
    "EventTypeOutputBookingLimitsCount",
    "EventTypeOutputBookingLimitsDuration",
    "EventTypeOutputConfirmationPolicy",
    "EventTypeOutputForwardParamsSuccessRedirectType0",
    "EventTypeOutputMetadata",
    "EventTypeOutputSeatsPerTimeSlotType0",
    "EventTypeOutputSuccessRedirectUrlType0",
    "EventTypeTeam",
    "EventTypeWebhookOutputDto",
    "EventTypeWebhookOutputResponseDto",
    "EventTypeWebhookOutputResponseDtoStatus",
    "EventTypeWebhooksOutputResponseDto",
    "EventTypeWebhooksOutputResponseDtoStatus",
    "GetAllAttributeAssignedOptionOutput",
    "GetAllAttributeAssignedOptionOutputStatus",
    "GetAllAttributeOptionOutput",
    "GetAllAttributeOptionOutputStatus",
    "GetAllOrgMemberships",
    "GetAllOrgMembershipsStatus",
    "GetBookingOutput",
    "GetBookingOutputError",
    "GetBookingOutputStatus",
    "GetBookingRecordingsOutput",
    "GetBookingRecordingsOutputError",
    "GetBookingRecordingsOutputStatus",
    "GetBookingTranscriptsOutput",
    "GetBookingTranscriptsOutputError",
    "GetBookingTranscriptsOutputStatus",
    "GetBookingsOutput",
    "GetBookingsOutputError",
    "GetBookingsOutputStatus",
    "GetBusyTimesOutput",
    "GetBusyTimesOutputStatus",
    "GetConferencingAppsOauthUrlResponseDto",
    "GetConferencingAppsOauthUrlResponseDtoStatus",
    "GetDefaultConferencingAppOutputResponseDto",
    "GetDefaultConferencingAppOutputResponseDtoStatus",
    "GetDefaultScheduleOutput",
    "GetDefaultScheduleOutputStatus",
    "GetEventTypeOutput",
    "GetEventTypeOutputStatus",
    "GetEventTypesOutput",
    "GetEventTypesOutputStatus",
    "GetManagedOrganizationOutput",
    "GetManagedOrganizationOutputStatus",
    "GetManagedOrganizationsOutput",
    "GetManagedOrganizationsOutputStatus",
    "GetManagedUserOutput",
    "GetManagedUserOutputStatus",
    "GetManagedUsersOutput",
    "GetManagedUsersOutputStatus",
    "GetMeOutput",
    "GetMeOutputStatus",
    "GetOAuthClientResponseDto",
    "GetOAuthClientResponseDtoStatus",
    "GetOAuthClientsResponseDto",
    "GetOAuthClientsResponseDtoStatus",
    "GetOptionUserOutput",
    "GetOptionUserOutputData",
    "GetOptionUserOutputStatus",
    "GetOrgMembership",
    "GetOrgMembershipStatus",
    "GetOrgUsersWithProfileOutput",
    "GetOrgUsersWithProfileOutputMetadata",
    "GetOrganizationAttributesOutput",
    "GetOrganizationAttributesOutputStatus",
    "GetOrganizationUserOutput",
    "GetOrganizationUserOutputStatus",
    "GetOrganizationUsersResponseDTO",
    "GetOrganizationUsersResponseDTOStatus",
    "GetPrivateLinksOutput",
    "GetRecurringSeatedBookingOutput",
    "GetRecurringSeatedBookingOutputMetadata",
    "GetRecurringSeatedBookingOutputStatus",
    "GetReservedSlotOutput",
    "GetReservedSlotOutputStatus",
    "GetRoutingFormResponsesOutput",
    "GetRoutingFormResponsesOutputStatus",
    "GetRoutingFormsOutput",
    "GetRoutingFormsOutputStatus",
    "GetScheduleOutput",
    "GetScheduleOutputError",
    "GetScheduleOutputStatus",
    "GetSchedulesOutput",
    "GetSchedulesOutputError",
    "GetSchedulesOutputStatus",
    "GetSeatedBookingOutput",
    "GetSeatedBookingOutputMetadata",
    "GetSeatedBookingOutputStatus",
    "GetSingleAttributeOutput",
    "GetSingleAttributeOutputStatus",
    "GetTeamEventTypeOutput",
    "GetTeamEventTypeOutputStatus",
    "GetTeamEventTypesOutput",
    "GetTeamEventTypesOutputStatus",
    "GetTeamMembershipOutput",
    "GetTeamMembershipOutputStatus",
    "GetTeamMembershipsOutput",
    "GetTeamMembershipsOutputStatus",
    "GetTeamOutput",
    "GetTeamOutputStatus",
    "GetTeamsOutput",
    "GetTeamsOutputStatus",
    "GetUnifiedCalendarEventOutput",
    "GetUnifiedCalendarEventOutputStatus",
    "GetWorkflowOutput",
    "GetWorkflowOutputStatus",
    "GetWorkflowsOutput",
    "GetWorkflowsOutputStatus",
    "GoogleServiceAccountKeyInput",
    "GuestsDefaultFieldInput",
    "GuestsDefaultFieldOutput",
    "Host",
    "HostPriority",
    "HtmlWorkflowMessageDto",
    "InputAddressLocation",
    "InputAttendeeAddressLocation",
    "InputAttendeeDefinedLocation",
    "InputAttendeePhoneLocation",
    "InputIntegrationLocation",
    "InputIntegrationLocationIntegration",
    "InputLinkLocation",
    "InputOrganizersDefaultApp",
    "InputPhoneLocation",
    "Integration",
    "IntegrationAppDataType0",
    "IntegrationLocationOptionType0",
    "InviteDataDto",
    "KeysDto",
    "KeysResponseDto",
    "KeysResponseDtoStatus",
    "LocationDefaultFieldInput",
    "LocationDefaultFieldOutput",
    "ManagedOrganizationOutput",
    "ManagedOrganizationOutputMetadata",
    "ManagedOrganizationWithApiKeyOutput",
    "ManagedOrganizationWithApiKeyOutputMetadata",
    "ManagedUserOutput",
    "ManagedUserOutputLocale",
    "ManagedUserOutputMetadata",
    "MarkAbsentAttendee",
    "MarkAbsentBookingInput",
    "MarkAbsentBookingOutput",
    "MarkAbsentBookingOutputStatus",
    "MeOrgOutput",
    "MeOutput",
    "MembershipUserOutputDto",
    "MembershipUserOutputDtoMetadata",
    "MicrosoftServiceAccountKeyInput",
    "MultiEmailFieldInput",
    "MultiEmailFieldOutput",
    "MultiSelectAttribute",
    "MultiSelectAttributeOption",
    "MultiSelectFieldInput",
    "MultiSelectFieldOutput",
    "NameDefaultFieldInput",
    "NameDefaultFieldOutput",
    "NotesDefaultFieldInput",
    "NotesDefaultFieldOutput",
    "NoticeThreshold",
    "NumberAttribute",
    "NumberFieldInput",
    "NumberFieldOutput",
    "OAuthClientWebhookOutputDto",
    "OAuthClientWebhookOutputResponseDto",
    "OAuthClientWebhookOutputResponseDtoStatus",
    "OAuthClientWebhooksOutputResponseDto",
    "OAuthClientWebhooksOutputResponseDtoStatus",
    "OnAfterCalVideoGuestsNoShowTriggerDto",
    "OnAfterCalVideoGuestsNoShowTriggerDtoType",
    "OnAfterCalVideoHostsNoShowTriggerDto",
    "OnAfterCalVideoHostsNoShowTriggerDtoType",
    "OnAfterEventTriggerDto",
    "OnAfterEventTriggerDtoType",
    "OnBeforeEventTriggerDto",
    "OnBeforeEventTriggerDtoType",
    "OnCancelTriggerDto",
    "OnCancelTriggerDtoType",
    "OnCreationTriggerDto",
    "OnCreationTriggerDtoType",
    "OnNoShowUpdateTriggerDto",
    "OnPaidTriggerDto",
    "OnPaymentInitiatedTriggerDto",
    "OnRejectedTriggerDto",
    "OnRequestedTriggerDto",
    "OnRescheduleTriggerDto",
    "OnRescheduleTriggerDtoType",
    "OptionOutput",
    "OrgMeTeamsOutputResponseDto",
    "OrgMeTeamsOutputResponseDtoStatus",
    "OrgTeamMembershipOutputResponseDto",
    "OrgTeamMembershipOutputResponseDtoStatus",
    "OrgTeamMembershipsOutputResponseDto",
    "OrgTeamMembershipsOutputResponseDtoStatus",
    "OrgTeamOutputDto",
    "OrgTeamOutputDtoMetadata",
    "OrgTeamOutputResponseDto",
    "OrgTeamOutputResponseDtoStatus",
    "OrgTeamsOutputResponseDto",
    "OrgTeamsOutputResponseDtoStatus",
    "OrganizationMembershipOutput",
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
    "OrgsUsersBookingsListSortCreated",
    "OrgsUsersBookingsListSortEnd",
    "OrgsUsersBookingsListSortStart",
    "OrgsUsersBookingsListSortUpdatedAt",
    "OrgsUsersBookingsListStatusItem",
    "OrgsUsersListAttributeQueryOperator",
    "OrgsUsersOooGetSortEnd",
    "OrgsUsersOooGetSortStart",
    "OrgsUsersOooListSortEnd",
    "OrgsUsersOooListSortStart",
    "OutputAddressLocation",
    "OutputIntegrationLocation",
    "OutputIntegrationLocationIntegration",
    "OutputLinkLocation",
    "OutputOrganizersDefaultAppLocation",
    "OutputPhoneLocation",
    "OutputUnknownLocation",
    "PaginationMetaDto",
    "PhoneFieldInput",
    "PhoneFieldOutput",
    "PlatformOAuthClientDto",
    "PlatformOAuthClientDtoPermissionsItem",
    "Primary",
    "ProfileOutput",
    "RadioGroupFieldInput",
    "RadioGroupFieldOutput",
    "RangeFormatWhenFormatrange",
    "RangeFormatWhenFormatrangeAdditionalPropertyItem",
    "RangeSlotsOutput",
    "RangeWindow",
    "RangeWindowType",
    "ReassignBookingOutput",
    "ReassignBookingOutputStatus",
    "ReassignToUserBookingInput",
    "ReassignedToDto",
    "RecordingItem",
    "Recurrence",
    "RecurrenceFrequency",
    "RecurringBookingOutput",
    "RecurringBookingOutputBookingFieldsResponses",
    "RecurringBookingOutputMetadata",
    "RecurringBookingOutputStatus",
    "RefreshApiKeyInput",
    "RefreshApiKeyOutput",
    "RefreshApiKeyOutputStatus",
    "RefreshTokenInput",
    "RequestEmailVerificationInput",
    "RequestEmailVerificationOutput",
    "RequestEmailVerificationOutputStatus",
    "RequestPhoneVerificationInput",
    "RequestPhoneVerificationOutput",
    "RequestPhoneVerificationOutputStatus",
    "RescheduleBookingInput",
    "RescheduleBookingOutput",
    "RescheduleBookingOutputStatus",
    "RescheduleReasonDefaultFieldInput",
    "RescheduleReasonDefaultFieldOutput",
    "RescheduleSeatedBookingInput",
    "ReserveSlotInput",
    "ReserveSlotOutput",
    "ReserveSlotOutputResponse",
    "ReserveSlotOutputResponseStatus",
    "ResponseSlotsOutput",
    "ResponseSlotsOutputData",
    "ResponseSlotsOutputStatus",
    "Routing",
    "RoutingFormOutput",
    "RoutingFormOutputFieldsType0",
    "RoutingFormOutputRoutesType0",
    "RoutingFormOutputSettingsType0",
    "RoutingFormResponseOutput",
    "RoutingFormResponseOutputResponse",
    "RoutingFormsCalculateSlotsBasedOnResponseFormat",
    "ScheduleAvailabilityInput",
    "ScheduleAvailabilityInputDaysItem",
    "ScheduleOutput",
    "ScheduleOutput20240611",
    "ScheduleOutputDateOverridesItem",
    "ScheduleOverrideInput",
    "SeatedAttendee",
    "SeatedAttendeeBookingFieldsResponses",
    "SeatedAttendeeLanguage",
    "SeatedAttendeeMetadata",
    "Seats",
    "SelectFieldInput",
    "SelectFieldOutput",
    "SelectedCalendarOutputDto",
    "SelectedCalendarOutputResponseDto",
    "SelectedCalendarOutputResponseDtoStatus",
    "SelectedCalendarsInputDto",
    "SetDefaultConferencingAppOutputResponseDto",
    "SetDefaultConferencingAppOutputResponseDtoStatus",
    "SingleSelectAttribute",
    "SlotsDeleteReservedResponse200",
    "SlotsOutput",
    "StripConnectOutputDto",
    "StripConnectOutputResponseDto",
    "StripConnectOutputResponseDtoStatus",
    "StripCredentialsCheckOutputResponseDto",
    "StripCredentialsSaveOutputResponseDto",
    "TeamEventTypeOutput",
    "TeamEventTypeOutputBookingLimitsCount",
    "TeamEventTypeOutputBookingLimitsDuration",
    "TeamEventTypeOutputConfirmationPolicy",
    "TeamEventTypeOutputForwardParamsSuccessRedirectType0",
    "TeamEventTypeOutputMetadata",
    "TeamEventTypeOutputOwnerIdType0",
    "TeamEventTypeOutputParentEventTypeIdType0",
    "TeamEventTypeOutputSchedulingType",
    "TeamEventTypeOutputSeatsPerTimeSlotType0",
    "TeamEventTypeOutputSuccessRedirectUrlType0",
    "TeamMembershipOutput",
    "TeamMembershipOutputRole",
    "TeamOutputDto",
    "TeamOutputDtoMetadata",
    "TeamVerifiedEmailOutput",
    "TeamVerifiedEmailOutputStatus",
    "TeamVerifiedEmailsOutput",
    "TeamVerifiedEmailsOutputStatus",
    "TeamVerifiedPhoneOutput",
    "TeamVerifiedPhoneOutputStatus",
    "TeamVerifiedPhonesOutput",
    "TeamVerifiedPhonesOutputStatus",
    "TeamWebhookOutputDto",
    "TeamWebhookOutputResponseDto",
    "TeamWebhookOutputResponseDtoStatus",
    "TeamWebhooksOutputResponseDto",
    "TeamWebhooksOutputResponseDtoStatus",
    "TextAreaFieldInput",
    "TextAreaFieldOutput",
    "TextAttribute",
    "TextFieldInput",
    "TextFieldOutput",
    "TextWorkflowMessageDto",
    "TimeBasedPrivateLinkOutput",
    "TitleDefaultFieldInput",
    "TitleDefaultFieldOutput",
    "UnassignOptionUserOutput",
    "UnassignOptionUserOutputStatus",
    "UnifiedCalendarEventOutput",
    "UnifiedCalendarEventOutputEnd",
    "UnifiedCalendarEventOutputStart",
    "UpdateAttributeOptionOutput",
    "UpdateAttributeOptionOutputStatus",
    "UpdateCalendarEventAttendee",
    "UpdateDelegationCredentialInput",
    "UpdateDelegationCredentialOutput",
    "UpdateDelegationCredentialOutputStatus",
    "UpdateEmailAddressWorkflowStepDto",
    "UpdateEmailAddressWorkflowStepDtoAction",
    "UpdateEmailAddressWorkflowStepDtoRecipient",
    "UpdateEmailAddressWorkflowStepDtoTemplate",
    "UpdateEmailAttendeeWorkflowStepDto",
    "UpdateEmailAttendeeWorkflowStepDtoAction",
    "UpdateEmailAttendeeWorkflowStepDtoRecipient",
    "UpdateEmailAttendeeWorkflowStepDtoTemplate",
    "UpdateEmailHostWorkflowStepDto",
    "UpdateEmailHostWorkflowStepDtoAction",
    "UpdateEmailHostWorkflowStepDtoRecipient",
    "UpdateEmailHostWorkflowStepDtoTemplate",
    "UpdateEventTypeInput",
    "UpdateEventTypeOutput",
    "UpdateEventTypeOutputStatus",
    "UpdateManagedUserInput",
    "UpdateManagedUserInputLocale",
    "UpdateManagedUserInputMetadata",
    "UpdateManagedUserInputTimeFormat",
    "UpdateManagedUserInputWeekStart",
    "UpdateMeOutput",
    "UpdateMeOutputStatus",
    "UpdateOAuthClientInput",
    "UpdateOrgMembership",
    "UpdateOrgMembershipDto",
    "UpdateOrgMembershipDtoRole",
    "UpdateOrgMembershipStatus",
    "UpdateOrgTeamDto",
    "UpdateOrgTeamDtoMetadata",
    "UpdateOrgTeamMembershipDto",
    "UpdateOrgTeamMembershipDtoRole",
    "UpdateOrganizationAttributeInput",
    "UpdateOrganizationAttributeInputType",
    "UpdateOrganizationAttributeOptionInput",
    "UpdateOrganizationAttributesOutput",
    "UpdateOrganizationAttributesOutputStatus",
    "UpdateOrganizationInput",
    "UpdateOrganizationInputMetadata",
    "UpdateOrganizationUserInput",
    "UpdateOutOfOfficeEntryDto",
    "UpdateOutOfOfficeEntryDtoReason",
    "UpdatePhoneAttendeeWorkflowStepDto",
    "UpdatePhoneAttendeeWorkflowStepDtoAction",
    "UpdatePhoneAttendeeWorkflowStepDtoRecipient",
    "UpdatePhoneAttendeeWorkflowStepDtoTemplate",
    "UpdatePhoneNumberWorkflowStepDto",
    "UpdatePhoneNumberWorkflowStepDtoAction",
    "UpdatePhoneNumberWorkflowStepDtoRecipient",
    "UpdatePhoneNumberWorkflowStepDtoTemplate",
    "UpdatePhoneWhatsAppNumberWorkflowStepDto",
    "UpdatePhoneWhatsAppNumberWorkflowStepDtoAction",
    "UpdatePhoneWhatsAppNumberWorkflowStepDtoRecipient",
    "UpdatePhoneWhatsAppNumberWorkflowStepDtoTemplate",
    "UpdatePrivateLinkBody",
    "UpdatePrivateLinkOutput",
    "UpdateRoutingFormResponseInput",
    "UpdateRoutingFormResponseInputResponse",
    "UpdateRoutingFormResponseOutput",
    "UpdateRoutingFormResponseOutputStatus",
    "UpdateScheduleInput",
    "UpdateScheduleOutput",
    "UpdateScheduleOutputError",
    "UpdateScheduleOutputStatus",
    "UpdateTeamEventTypeInput",
    "UpdateTeamEventTypeOutput",
    "UpdateTeamEventTypeOutputStatus",
    "UpdateTeamMembershipInput",
    "UpdateTeamMembershipInputRole",
    "UpdateTeamMembershipOutput",
    "UpdateTeamMembershipOutputStatus",
    "UpdateTeamOutput",
    "UpdateTeamOutputStatus",
    "UpdateUnifiedCalendarEventInput",
    "UpdateUnifiedCalendarEventInputEnd",
    "UpdateUnifiedCalendarEventInputStart",
    "UpdateWebhookInputDto",
    "UpdateWebhookInputDtoTriggersItem",
    "UpdateWhatsAppAttendeePhoneWorkflowStepDto",
    "UpdateWhatsAppAttendeePhoneWorkflowStepDtoAction",
    "UpdateWhatsAppAttendeePhoneWorkflowStepDtoRecipient",
    "UpdateWhatsAppAttendeePhoneWorkflowStepDtoTemplate",
    "UpdateWorkflowDto",
    "UrlFieldInput",
    "UrlFieldOutput",
    "UsageBasedPrivateLinkOutput",
    "UserVerifiedEmailOutput",
    "UserVerifiedEmailOutputStatus",
    "UserVerifiedEmailsOutput",
    "UserVerifiedEmailsOutputStatus",
    "UserVerifiedPhoneOutput",
    "UserVerifiedPhoneOutputStatus",
    "UserVerifiedPhonesOutput",
    "UserVerifiedPhonesOutputStatus",
    "UserWebhookOutputDto",
    "UserWebhookOutputResponseDto",
    "UserWebhookOutputResponseDtoStatus",
    "UserWebhooksOutputResponseDto",
    "UserWebhooksOutputResponseDtoStatus",
    "ValidateBookingLocation",
    "VerifyEmailInput",
    "VerifyPhoneInput",
    "WorkflowActivationDto",
    "WorkflowActivationOutputDto",
    "WorkflowEmailAddressStepDto",
    "WorkflowEmailAddressStepDtoAction",
    "WorkflowEmailAddressStepDtoRecipient",
    "WorkflowEmailAddressStepDtoTemplate",
    "WorkflowEmailAttendeeStepDto",
    "WorkflowEmailAttendeeStepDtoAction",
    "WorkflowEmailAttendeeStepDtoRecipient",
    "WorkflowEmailAttendeeStepDtoTemplate",
    "WorkflowEmailHostStepDto",
    "WorkflowEmailHostStepDtoAction",
    "WorkflowEmailHostStepDtoRecipient",
    "WorkflowEmailHostStepDtoTemplate",
    "WorkflowMessageOutputDto",
    "WorkflowOutput",
    "WorkflowPhoneAttendeeStepDto",
    "WorkflowPhoneAttendeeStepDtoAction",
    "WorkflowPhoneAttendeeStepDtoRecipient",
    "WorkflowPhoneAttendeeStepDtoTemplate",
    "WorkflowPhoneNumberStepDto",
    "WorkflowPhoneNumberStepDtoAction",
    "WorkflowPhoneNumberStepDtoRecipient",
    "WorkflowPhoneNumberStepDtoTemplate",
    "WorkflowPhoneWhatsAppAttendeeStepDto",
    "WorkflowPhoneWhatsAppAttendeeStepDtoAction",
    "WorkflowPhoneWhatsAppAttendeeStepDtoRecipient",
    "WorkflowPhoneWhatsAppAttendeeStepDtoTemplate",
    "WorkflowPhoneWhatsAppNumberStepDto",
    "WorkflowPhoneWhatsAppNumberStepDtoAction",
    "WorkflowPhoneWhatsAppNumberStepDtoRecipient",
    "WorkflowPhoneWhatsAppNumberStepDtoTemplate",
    "WorkflowStepOutputDto",
    "WorkflowStepOutputDtoAction",
    "WorkflowStepOutputDtoRecipient",
    "WorkflowStepOutputDtoTemplate",
    "WorkflowTriggerOffsetDto",
    "WorkflowTriggerOffsetDtoUnit",
    "WorkflowTriggerOffsetOutputDto",
    "WorkflowTriggerOffsetOutputDtoUnit",
    "WorkflowTriggerOutputDto",
    "WorkflowTriggerOutputDtoType",
    "WorkingHours",
    "WorkspacePlatformDto",
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
