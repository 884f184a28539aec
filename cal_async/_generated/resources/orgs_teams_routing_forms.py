"""GENERATED CODE: do not edit. ``orgs.teams.routing_forms`` resource of the Cal.com API."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Literal, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset
from cal_async.pagination import AsyncPaginator

from ..models.orgs_teams_routing_forms_list_sort_created_at import OrgsTeamsRoutingFormsListSortCreatedAt
from ..models.orgs_teams_routing_forms_list_sort_updated_at import OrgsTeamsRoutingFormsListSortUpdatedAt

if TYPE_CHECKING:
    from ..models.routing_form_output import RoutingFormOutput
    from .orgs_teams_routing_forms_responses import OrgsTeamsRoutingFormsResponsesResource

    pass


class OrgsTeamsRoutingFormsResource(APIResource):
    """Operations under ``orgs.teams.routing_forms``."""

    @cached_property
    def responses(self) -> OrgsTeamsRoutingFormsResponsesResource:
        """``orgs.teams.routing_forms.responses``: list, create, update"""
        from .orgs_teams_routing_forms_responses import OrgsTeamsRoutingFormsResponsesResource

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
        after_created_at: datetime.datetime | Unset = UNSET,
        before_created_at: datetime.datetime | Unset = UNSET,
        after_updated_at: datetime.datetime | Unset = UNSET,
        before_updated_at: datetime.datetime | Unset = UNSET,
        routed_to_booking_uid: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[RoutingFormOutput]:
        """Get team routing forms.

        ``GET /v2/organizations/{org_id}/teams/{team_id}/routing-forms``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id (int):
            team_id (int):
            skip (int | Unset):
            take (int | Unset):
            sort_created_at (OrgsTeamsRoutingFormsListSortCreatedAt | Unset):
            sort_updated_at (OrgsTeamsRoutingFormsListSortUpdatedAt | Unset):
            after_created_at (datetime.datetime | Unset):
            before_created_at (datetime.datetime | Unset):
            after_updated_at (datetime.datetime | Unset):
            before_updated_at (datetime.datetime | Unset):
            routed_to_booking_uid (str | Unset):"""
        from ..api.orgs_teams_routing_forms import orgs_teams_routing_forms_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            skip=skip,
            take=take,
            sort_created_at=sort_created_at,
            sort_updated_at=sort_updated_at,
            after_created_at=after_created_at,
            before_created_at=before_created_at,
            after_updated_at=after_updated_at,
            before_updated_at=before_updated_at,
            routed_to_booking_uid=routed_to_booking_uid,
        )
