"""GENERATED CODE: do not edit. ``orgs.teams.routing_forms.responses`` resource of the Cal.com API."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Literal, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset
from cal_async.pagination import AsyncPaginator

from ..models.orgs_teams_routing_forms_responses_create_format import OrgsTeamsRoutingFormsResponsesCreateFormat
from ..models.orgs_teams_routing_forms_responses_list_sort_created_at import (
    OrgsTeamsRoutingFormsResponsesListSortCreatedAt,
)
from ..models.orgs_teams_routing_forms_responses_list_sort_updated_at import (
    OrgsTeamsRoutingFormsResponsesListSortUpdatedAt,
)

if TYPE_CHECKING:
    from ..models.create_routing_form_response_output_data import CreateRoutingFormResponseOutputData
    from ..models.routing_form_response_output import RoutingFormResponseOutput
    from ..models.update_routing_form_response_input import (
        UpdateRoutingFormResponseInput,
        UpdateRoutingFormResponseInputDict,
    )

    pass


class OrgsTeamsRoutingFormsResponsesResource(APIResource):
    """Operations under ``orgs.teams.routing_forms.responses``."""

    async def create(
        self,
        org_id: int,
        team_id: int,
        routing_form_id: str,
        *,
        start: datetime.datetime,
        end: datetime.datetime,
        time_zone: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        format_: OrgsTeamsRoutingFormsResponsesCreateFormat | Literal["range", "time"] | Unset = UNSET,
        booking_uid_to_reschedule: str | Unset = UNSET,
        queue_response: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreateRoutingFormResponseOutputData:
        """Create routing form response and get available slots.

        ``POST /v2/organizations/{org_id}/teams/{team_id}/routing-forms/{routing_form_id}/responses``

        Args:
            org_id (int):
            team_id (int):
            routing_form_id (str):
            start (datetime.datetime):
            end (datetime.datetime):
            time_zone (str | Unset):
            duration (int | Unset):
            format_ (OrgsTeamsRoutingFormsResponsesCreateFormat | Unset):
            booking_uid_to_reschedule (str | Unset):
            queue_response (bool | Unset):"""
        from ..api.orgs_teams_routing_forms_responses import orgs_teams_routing_forms_responses_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            routing_form_id,
            start=start,
            end=end,
            time_zone=time_zone,
            duration=duration,
            format_=format_,
            booking_uid_to_reschedule=booking_uid_to_reschedule,
            queue_response=queue_response,
        )

    def list(
        self,
        org_id: int,
        team_id: int,
        routing_form_id: str,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        sort_created_at: OrgsTeamsRoutingFormsResponsesListSortCreatedAt | Literal["asc", "desc"] | Unset = UNSET,
        sort_updated_at: OrgsTeamsRoutingFormsResponsesListSortUpdatedAt | Literal["asc", "desc"] | Unset = UNSET,
        after_created_at: datetime.datetime | Unset = UNSET,
        before_created_at: datetime.datetime | Unset = UNSET,
        after_updated_at: datetime.datetime | Unset = UNSET,
        before_updated_at: datetime.datetime | Unset = UNSET,
        routed_to_booking_uid: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[RoutingFormResponseOutput]:
        """Get organization team routing form responses.

        ``GET /v2/organizations/{org_id}/teams/{team_id}/routing-forms/{routing_form_id}/responses``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id (int):
            team_id (int):
            routing_form_id (str):
            skip (int | Unset):
            take (int | Unset):
            sort_created_at (OrgsTeamsRoutingFormsResponsesListSortCreatedAt | Unset):
            sort_updated_at (OrgsTeamsRoutingFormsResponsesListSortUpdatedAt | Unset):
            after_created_at (datetime.datetime | Unset):
            before_created_at (datetime.datetime | Unset):
            after_updated_at (datetime.datetime | Unset):
            before_updated_at (datetime.datetime | Unset):
            routed_to_booking_uid (str | Unset):"""
        from ..api.orgs_teams_routing_forms_responses import orgs_teams_routing_forms_responses_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            routing_form_id,
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

    async def update(
        self,
        org_id: int,
        team_id: int,
        routing_form_id: str,
        response_id: int,
        *,
        body: UpdateRoutingFormResponseInput | UpdateRoutingFormResponseInputDict,
        **options: Unpack[RequestOptions],
    ) -> RoutingFormResponseOutput:
        """Update routing form response.

        ``PATCH /v2/organizations/{org_id}/teams/{team_id}/routing-forms/{routing_form_id}/responses/{response_id}``

        Args:
            org_id (int):
            team_id (int):
            routing_form_id (str):
            response_id (int):
            body (UpdateRoutingFormResponseInput):"""
        from ..api.orgs_teams_routing_forms_responses import orgs_teams_routing_forms_responses_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            routing_form_id,
            response_id,
            body=body,
        )
