"""GENERATED CODE: do not edit. ``orgs`` resource of the Cal.com API."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from cal_async._resource import APIResource

if TYPE_CHECKING:
    from cal_async._generated.resources.orgs_attributes import OrgsAttributesResource
    from cal_async._generated.resources.orgs_bookings import OrgsBookingsResource
    from cal_async._generated.resources.orgs_delegation_credentials import OrgsDelegationCredentialsResource
    from cal_async._generated.resources.orgs_memberships import OrgsMembershipsResource
    from cal_async._generated.resources.orgs_routing_forms import OrgsRoutingFormsResource
    from cal_async._generated.resources.orgs_schedules import OrgsSchedulesResource
    from cal_async._generated.resources.orgs_users import OrgsUsersResource
    from cal_async._generated.resources.orgs_webhooks import OrgsWebhooksResource
    from cal_async.resources.teams import OrgTeamHelpers

    pass


class OrgsResource(APIResource):
    """Operations under ``orgs``."""

    @cached_property
    def attributes(self) -> OrgsAttributesResource:
        """``orgs.attributes``: list, create, get, delete, update, options"""
        from cal_async._generated.resources.orgs_attributes import OrgsAttributesResource

        return OrgsAttributesResource(self._client)

    @cached_property
    def bookings(self) -> OrgsBookingsResource:
        """``orgs.bookings``: list"""
        from cal_async._generated.resources.orgs_bookings import OrgsBookingsResource

        return OrgsBookingsResource(self._client)

    @cached_property
    def delegation_credentials(self) -> OrgsDelegationCredentialsResource:
        """``orgs.delegation_credentials``: create, update"""
        from cal_async._generated.resources.orgs_delegation_credentials import OrgsDelegationCredentialsResource

        return OrgsDelegationCredentialsResource(self._client)

    @cached_property
    def memberships(self) -> OrgsMembershipsResource:
        """``orgs.memberships``: list, create, get, delete, update"""
        from cal_async._generated.resources.orgs_memberships import OrgsMembershipsResource

        return OrgsMembershipsResource(self._client)

    @cached_property
    def routing_forms(self) -> OrgsRoutingFormsResource:
        """``orgs.routing_forms``: list, get_responses, create_response, update_response"""
        from cal_async._generated.resources.orgs_routing_forms import OrgsRoutingFormsResource

        return OrgsRoutingFormsResource(self._client)

    @cached_property
    def schedules(self) -> OrgsSchedulesResource:
        """``orgs.schedules``: list"""
        from cal_async._generated.resources.orgs_schedules import OrgsSchedulesResource

        return OrgsSchedulesResource(self._client)

    @cached_property
    def teams(self) -> OrgTeamHelpers:
        """``orgs.teams``: list, create, get_my, get, delete, update, bookings, conferencing, event_types, invite, memberships, routing_forms, schedules, stripe, users, workflows"""
        from cal_async.resources.teams import OrgTeamHelpers

        return OrgTeamHelpers(self._client)

    @cached_property
    def users(self) -> OrgsUsersResource:
        """``orgs.users``: list, create, delete, update, bookings, ooo, schedules"""
        from cal_async._generated.resources.orgs_users import OrgsUsersResource

        return OrgsUsersResource(self._client)

    @cached_property
    def webhooks(self) -> OrgsWebhooksResource:
        """``orgs.webhooks``: list, create, get, delete, update"""
        from cal_async._generated.resources.orgs_webhooks import OrgsWebhooksResource

        return OrgsWebhooksResource(self._client)
