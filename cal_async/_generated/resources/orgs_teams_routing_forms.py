"""GENERATED CODE: do not edit. ``orgs.teams.routing_forms`` resource of the Cal.com API."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Final, Literal, Unpack

from cal_async._fields import (
    model,
)
from cal_async._operation import PagedOperation, path, query
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset
from cal_async.pagination import AsyncPaginator

from ..models.orgs_teams_routing_forms_list_sort_created_at import OrgsTeamsRoutingFormsListSortCreatedAt
from ..models.orgs_teams_routing_forms_list_sort_updated_at import OrgsTeamsRoutingFormsListSortUpdatedAt

if TYPE_CHECKING:
    from cal_async._generated.resources.orgs_teams_routing_forms_responses import OrgsTeamsRoutingFormsResponsesResource

    from ..models.routing_form_output import RoutingFormOutput

    pass


LIST: Final[PagedOperation[RoutingFormOutput]] = PagedOperation(
    "orgs.teams.routing_forms",
    "list",
    "GET",
    "/v2/organizations/{orgId}/teams/{teamId}/routing-forms",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        query("skip", "skip"),
        query("take", "take"),
        query("sortCreatedAt", "sort_created_at", choices=("asc", "desc")),
        query("sortUpdatedAt", "sort_updated_at", choices=("asc", "desc")),
        query("afterCreatedAt", "after_created_at"),
        query("beforeCreatedAt", "before_created_at"),
        query("afterUpdatedAt", "after_updated_at"),
        query("beforeUpdatedAt", "before_updated_at"),
        query("routedToBookingUid", "routed_to_booking_uid"),
    ),
    model("routing_form_output", "RoutingFormOutput"),
    auth=("Authorization",),
    operation_id="OrganizationsTeamsRoutingFormsController_getTeamRoutingForms",
    summary="Get team routing forms",
    offset="skip",
    limit="take",
    default_limit=100,
)


class OrgsTeamsRoutingFormsResource(APIResource):
    """Operations under ``orgs.teams.routing_forms``."""

    @cached_property
    def responses(self) -> OrgsTeamsRoutingFormsResponsesResource:
        """``orgs.teams.routing_forms.responses``: list, create, update"""
        from cal_async._generated.resources.orgs_teams_routing_forms_responses import (
            OrgsTeamsRoutingFormsResponsesResource,
        )

        return OrgsTeamsRoutingFormsResponsesResource(self._client)

    def list(
        self,
        org_id: int,
        team_id: int,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        sort_created_at: OrgsTeamsRoutingFormsListSortCreatedAt | Literal["asc", "desc"] | Unset = UNSET,
        sort_updated_at: OrgsTeamsRoutingFormsListSortUpdatedAt | Literal["asc", "desc"] | Unset = UNSET,
        after_created_at: datetime.datetime | datetime.date | Unset = UNSET,
        before_created_at: datetime.datetime | datetime.date | Unset = UNSET,
        after_updated_at: datetime.datetime | datetime.date | Unset = UNSET,
        before_updated_at: datetime.datetime | datetime.date | Unset = UNSET,
        routed_to_booking_uid: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[RoutingFormOutput]:
        """Get team routing forms.

        ``GET /v2/organizations/{orgId}/teams/{teamId}/routing-forms``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id:
            team_id:
            skip: Number of responses to skip
            take: Number of responses to take
            sort_created_at: Sort by creation time
            sort_updated_at: Sort by update time
            after_created_at: Filter by responses created after this date
            before_created_at: Filter by responses created before this date
            after_updated_at: Filter by responses created after this date
            before_updated_at: Filter by responses updated before this date
            routed_to_booking_uid: Filter by responses routed to a specific booking"""
        return self._page(
            LIST,
            options,
            org_id,
            team_id,
            skip,
            take,
            sort_created_at,
            sort_updated_at,
            after_created_at,
            before_created_at,
            after_updated_at,
            before_updated_at,
            routed_to_booking_uid,
        )
