"""GENERATED CODE: do not edit. ``cal`` resource of the Cal.com API."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from cal_async._client import CalClient

    from .api_keys import ApiKeysResource
    from .bookings import BookingsResource
    from .cal_unified_calendars import CalUnifiedCalendarsResource
    from .calendars import CalendarsResource
    from .conferencing import ConferencingResource
    from .destination_calendars import DestinationCalendarsResource
    from .event_types import EventTypesResource
    from .managed_orgs import ManagedOrgsResource
    from .me import MeResource
    from .oauth_clients import OauthClientsResource
    from .organization_team_verified_resources import OrganizationTeamVerifiedResourcesResource
    from .orgs import OrgsResource
    from .platform import PlatformResource
    from .routing_forms import RoutingFormsResource
    from .schedules import SchedulesResource
    from .selected_calendars import SelectedCalendarsResource
    from .slots import SlotsResource
    from .stripe import StripeResource
    from .teams import TeamsResource
    from .verified_resources import VerifiedResourcesResource
    from .webhooks import WebhooksResource

    pass


class RootResources:
    """The top of the resource tree: ``CalClient`` composes it, each resource a cached property
    holding the client."""

    @cached_property
    def api_keys(self) -> ApiKeysResource:
        """``api_keys``: refresh"""
        from .api_keys import ApiKeysResource

        return ApiKeysResource(cast("CalClient", self))

    @cached_property
    def bookings(self) -> BookingsResource:
        """``bookings``: list, create, get, get_recordings, get_transcripts, reschedule, cancel, mark_no_show, reassign, reassign_to_user, confirm, decline, get_calendar_links, get_references"""
        from .bookings import BookingsResource

        return BookingsResource(cast("CalClient", self))

    @cached_property
    def cal_unified_calendars(self) -> CalUnifiedCalendarsResource:
        """``cal_unified_calendars``: get_calendar_event_details, update_calendar_event"""
        from .cal_unified_calendars import CalUnifiedCalendarsResource

        return CalUnifiedCalendarsResource(cast("CalClient", self))

    @cached_property
    def calendars(self) -> CalendarsResource:
        """``calendars``: create_ics_feed, check_ics_feed, get_busy_times, get, redirect, save, sync_credentials, check, delete_credentials"""
        from .calendars import CalendarsResource

        return CalendarsResource(cast("CalClient", self))

    @cached_property
    def conferencing(self) -> ConferencingResource:
        """``conferencing``: connect, redirect, save, list, default, get_default, disconnect"""
        from .conferencing import ConferencingResource

        return ConferencingResource(cast("CalClient", self))

    @cached_property
    def destination_calendars(self) -> DestinationCalendarsResource:
        """``destination_calendars``: update"""
        from .destination_calendars import DestinationCalendarsResource

        return DestinationCalendarsResource(cast("CalClient", self))

    @cached_property
    def event_types(self) -> EventTypesResource:
        """``event_types``: list, create, get, delete, update, webhooks, private_links"""
        from .event_types import EventTypesResource

        return EventTypesResource(cast("CalClient", self))

    @cached_property
    def managed_orgs(self) -> ManagedOrgsResource:
        """``managed_orgs``: get_organizations, create_organization, get_organization, delete_organization, update_organization"""
        from .managed_orgs import ManagedOrgsResource

        return ManagedOrgsResource(cast("CalClient", self))

    @cached_property
    def me(self) -> MeResource:
        """``me``: get, update"""
        from .me import MeResource

        return MeResource(cast("CalClient", self))

    @cached_property
    def oauth_clients(self) -> OauthClientsResource:
        """``oauth_clients``: list, create, get, delete, update"""
        from .oauth_clients import OauthClientsResource

        return OauthClientsResource(cast("CalClient", self))

    @cached_property
    def organization_team_verified_resources(self) -> OrganizationTeamVerifiedResourcesResource:
        """``organization_team_verified_resources``: request_email_verification_code, request_phone_verification_code, verify_email, verify_phone_number, get_verified_emails, get_verified_phone_numbers, get_verified_email_by_id, get_verified_phone_by_id"""
        from .organization_team_verified_resources import OrganizationTeamVerifiedResourcesResource

        return OrganizationTeamVerifiedResourcesResource(cast("CalClient", self))

    @cached_property
    def orgs(self) -> OrgsResource:
        """``orgs``: attributes, bookings, delegation_credentials, memberships, routing_forms, schedules, teams, users, webhooks"""
        from .orgs import OrgsResource

        return OrgsResource(cast("CalClient", self))

    @cached_property
    def platform(self) -> PlatformResource:
        """``platform``: managed_users, webhooks"""
        from .platform import PlatformResource

        return PlatformResource(cast("CalClient", self))

    @cached_property
    def routing_forms(self) -> RoutingFormsResource:
        """``routing_forms``: calculate_slots_based_on_response"""
        from .routing_forms import RoutingFormsResource

        return RoutingFormsResource(cast("CalClient", self))

    @cached_property
    def schedules(self) -> SchedulesResource:
        """``schedules``: list, create, get_default, get, delete, update"""
        from .schedules import SchedulesResource

        return SchedulesResource(cast("CalClient", self))

    @cached_property
    def selected_calendars(self) -> SelectedCalendarsResource:
        """``selected_calendars``: create, delete"""
        from .selected_calendars import SelectedCalendarsResource

        return SelectedCalendarsResource(cast("CalClient", self))

    @cached_property
    def slots(self) -> SlotsResource:
        """``slots``: get, reserve, get_reserved, delete_reserved, update_reserved"""
        from .slots import SlotsResource

        return SlotsResource(cast("CalClient", self))

    @cached_property
    def stripe(self) -> StripeResource:
        """``stripe``: redirect, save, check"""
        from .stripe import StripeResource

        return StripeResource(cast("CalClient", self))

    @cached_property
    def teams(self) -> TeamsResource:
        """``teams``: list, create, get, delete, update, event_types, memberships, schedules, verified_resources"""
        from .teams import TeamsResource

        return TeamsResource(cast("CalClient", self))

    @cached_property
    def verified_resources(self) -> VerifiedResourcesResource:
        """``verified_resources``: request_email_verification_code, request_phone_verification_code, verify_email, verify_phone_number, get_verified_emails, get_verified_phone_numbers, get_verified_email_by_id, get_verified_phone_by_id"""
        from .verified_resources import VerifiedResourcesResource

        return VerifiedResourcesResource(cast("CalClient", self))

    @cached_property
    def webhooks(self) -> WebhooksResource:
        """``webhooks``: list, create, get, delete, update"""
        from .webhooks import WebhooksResource

        return WebhooksResource(cast("CalClient", self))
