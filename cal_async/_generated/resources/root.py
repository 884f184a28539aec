"""GENERATED CODE: do not edit. ``cal`` resource of the Cal.com API."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from cal_async._client import CalClient
    from cal_async._generated.resources.api_keys import ApiKeysResource
    from cal_async._generated.resources.cal_unified_calendars import CalUnifiedCalendarsResource
    from cal_async._generated.resources.conferencing import ConferencingResource
    from cal_async._generated.resources.destination_calendars import DestinationCalendarsResource
    from cal_async._generated.resources.managed_orgs import ManagedOrgsResource
    from cal_async._generated.resources.me import MeResource
    from cal_async._generated.resources.oauth_clients import OauthClientsResource
    from cal_async._generated.resources.organization_team_verified_resources import (
        OrganizationTeamVerifiedResourcesResource,
    )
    from cal_async._generated.resources.orgs import OrgsResource
    from cal_async._generated.resources.platform import PlatformResource
    from cal_async._generated.resources.routing_forms import RoutingFormsResource
    from cal_async._generated.resources.selected_calendars import SelectedCalendarsResource
    from cal_async._generated.resources.stripe import StripeResource
    from cal_async._generated.resources.teams import TeamsResource
    from cal_async._generated.resources.verified_resources import VerifiedResourcesResource
    from cal_async.resources.bookings import BookingHelpers
    from cal_async.resources.calendars import CalendarHelpers
    from cal_async.resources.event_types import EventTypeHelpers
    from cal_async.resources.schedules import ScheduleHelpers
    from cal_async.resources.slots import SlotHelpers
    from cal_async.resources.webhooks import WebhookHelpers

    pass


class RootResources:
    """The top of the resource tree: ``CalClient`` composes it, each resource a cached property
    holding the client."""

    @cached_property
    def api_keys(self) -> ApiKeysResource:
        """``api_keys``: refresh"""
        from cal_async._generated.resources.api_keys import ApiKeysResource

        return ApiKeysResource(cast("CalClient", self))

    @cached_property
    def bookings(self) -> BookingHelpers:
        """``bookings``: list, create, get, get_recordings, get_transcripts, reschedule, cancel, mark_no_show, reassign, reassign_to_user, confirm, decline, get_calendar_links, get_references"""
        from cal_async.resources.bookings import BookingHelpers

        return BookingHelpers(cast("CalClient", self))

    @cached_property
    def cal_unified_calendars(self) -> CalUnifiedCalendarsResource:
        """``cal_unified_calendars``: get_calendar_event_details, update_calendar_event"""
        from cal_async._generated.resources.cal_unified_calendars import CalUnifiedCalendarsResource

        return CalUnifiedCalendarsResource(cast("CalClient", self))

    @cached_property
    def calendars(self) -> CalendarHelpers:
        """``calendars``: create_ics_feed, check_ics_feed, get_busy_times, get, redirect, save, sync_credentials, check, delete_credentials"""
        from cal_async.resources.calendars import CalendarHelpers

        return CalendarHelpers(cast("CalClient", self))

    @cached_property
    def conferencing(self) -> ConferencingResource:
        """``conferencing``: connect, redirect, save, list, default, get_default, disconnect"""
        from cal_async._generated.resources.conferencing import ConferencingResource

        return ConferencingResource(cast("CalClient", self))

    @cached_property
    def destination_calendars(self) -> DestinationCalendarsResource:
        """``destination_calendars``: update"""
        from cal_async._generated.resources.destination_calendars import DestinationCalendarsResource

        return DestinationCalendarsResource(cast("CalClient", self))

    @cached_property
    def event_types(self) -> EventTypeHelpers:
        """``event_types``: list, create, get, delete, update, webhooks, private_links"""
        from cal_async.resources.event_types import EventTypeHelpers

        return EventTypeHelpers(cast("CalClient", self))

    @cached_property
    def managed_orgs(self) -> ManagedOrgsResource:
        """``managed_orgs``: get_organizations, create_organization, get_organization, delete_organization, update_organization"""
        from cal_async._generated.resources.managed_orgs import ManagedOrgsResource

        return ManagedOrgsResource(cast("CalClient", self))

    @cached_property
    def me(self) -> MeResource:
        """``me``: get, update"""
        from cal_async._generated.resources.me import MeResource

        return MeResource(cast("CalClient", self))

    @cached_property
    def oauth_clients(self) -> OauthClientsResource:
        """``oauth_clients``: list, create, get, delete, update"""
        from cal_async._generated.resources.oauth_clients import OauthClientsResource

        return OauthClientsResource(cast("CalClient", self))

    @cached_property
    def organization_team_verified_resources(self) -> OrganizationTeamVerifiedResourcesResource:
        """``organization_team_verified_resources``: request_email_verification_code, request_phone_verification_code, verify_email, verify_phone_number, get_verified_emails, get_verified_phone_numbers, get_verified_email_by_id, get_verified_phone_by_id"""
        from cal_async._generated.resources.organization_team_verified_resources import (
            OrganizationTeamVerifiedResourcesResource,
        )

        return OrganizationTeamVerifiedResourcesResource(cast("CalClient", self))

    @cached_property
    def orgs(self) -> OrgsResource:
        """``orgs``: attributes, bookings, delegation_credentials, memberships, routing_forms, schedules, teams, users, webhooks"""
        from cal_async._generated.resources.orgs import OrgsResource

        return OrgsResource(cast("CalClient", self))

    @cached_property
    def platform(self) -> PlatformResource:
        """``platform``: managed_users, webhooks"""
        from cal_async._generated.resources.platform import PlatformResource

        return PlatformResource(cast("CalClient", self))

    @cached_property
    def routing_forms(self) -> RoutingFormsResource:
        """``routing_forms``: calculate_slots_based_on_response"""
        from cal_async._generated.resources.routing_forms import RoutingFormsResource

        return RoutingFormsResource(cast("CalClient", self))

    @cached_property
    def schedules(self) -> ScheduleHelpers:
        """``schedules``: list, create, get_default, get, delete, update"""
        from cal_async.resources.schedules import ScheduleHelpers

        return ScheduleHelpers(cast("CalClient", self))

    @cached_property
    def selected_calendars(self) -> SelectedCalendarsResource:
        """``selected_calendars``: create, delete"""
        from cal_async._generated.resources.selected_calendars import SelectedCalendarsResource

        return SelectedCalendarsResource(cast("CalClient", self))

    @cached_property
    def slots(self) -> SlotHelpers:
        """``slots``: get, reserve, get_reserved, delete_reserved, update_reserved"""
        from cal_async.resources.slots import SlotHelpers

        return SlotHelpers(cast("CalClient", self))

    @cached_property
    def stripe(self) -> StripeResource:
        """``stripe``: redirect, save, check"""
        from cal_async._generated.resources.stripe import StripeResource

        return StripeResource(cast("CalClient", self))

    @cached_property
    def teams(self) -> TeamsResource:
        """``teams``: list, create, get, delete, update, event_types, memberships, schedules, verified_resources"""
        from cal_async._generated.resources.teams import TeamsResource

        return TeamsResource(cast("CalClient", self))

    @cached_property
    def verified_resources(self) -> VerifiedResourcesResource:
        """``verified_resources``: request_email_verification_code, request_phone_verification_code, verify_email, verify_phone_number, get_verified_emails, get_verified_phone_numbers, get_verified_email_by_id, get_verified_phone_by_id"""
        from cal_async._generated.resources.verified_resources import VerifiedResourcesResource

        return VerifiedResourcesResource(cast("CalClient", self))

    @cached_property
    def webhooks(self) -> WebhookHelpers:
        """``webhooks``: list, create, get, delete, update"""
        from cal_async.resources.webhooks import WebhookHelpers

        return WebhookHelpers(cast("CalClient", self))
