"""GENERATED CODE: do not edit. ``orgs.routing_forms`` resource of the Cal.com API."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset
from cal_async.pagination import AsyncPaginator

from ..models.orgs_routing_forms_create_response_format import OrgsRoutingFormsCreateResponseFormat
from ..models.orgs_routing_forms_get_responses_sort_created_at import OrgsRoutingFormsGetResponsesSortCreatedAt
from ..models.orgs_routing_forms_get_responses_sort_updated_at import OrgsRoutingFormsGetResponsesSortUpdatedAt
from ..models.orgs_routing_forms_list_sort_created_at import OrgsRoutingFormsListSortCreatedAt
from ..models.orgs_routing_forms_list_sort_updated_at import OrgsRoutingFormsListSortUpdatedAt

if TYPE_CHECKING:
    from ..models.create_routing_form_response_output_data import CreateRoutingFormResponseOutputData
    from ..models.routing_form_output import RoutingFormOutput
    from ..models.routing_form_response_output import RoutingFormResponseOutput
    from ..models.update_routing_form_response_input import (
        UpdateRoutingFormResponseInput,
        UpdateRoutingFormResponseInputDict,
    )

    pass


class OrgsRoutingFormsResource(APIResource):
    """Operations under ``orgs.routing_forms``."""

    async def create_response(
        self,
        org_id: int,
        routing_form_id: str,
        *,
        start: datetime.datetime,
        end: datetime.datetime,
        time_zone: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        format_: OrgsRoutingFormsCreateResponseFormat | Literal["range", "time"] | Unset = UNSET,
        booking_uid_to_reschedule: str | Unset = UNSET,
        queue_response: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreateRoutingFormResponseOutputData:
        """Create routing form response and get available slots.

        ``POST /v2/organizations/{org_id}/routing-forms/{routing_form_id}/responses``

        Args:
            org_id (int):
            routing_form_id (str):
            start (datetime.datetime):
            end (datetime.datetime):
            time_zone (str | Unset):
            duration (int | Unset):
            format_ (OrgsRoutingFormsCreateResponseFormat | Unset):
            booking_uid_to_reschedule (str | Unset):
            queue_response (bool | Unset):"""
        from ..api.orgs_routing_forms import orgs_routing_forms_create_response as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            routing_form_id,
            start=start,
            end=end,
            time_zone=time_zone,
            duration=duration,
            format_=format_,
            booking_uid_to_reschedule=booking_uid_to_reschedule,
            queue_response=queue_response,
        )

    def get_responses(
        self,
        org_id: int,
        routing_form_id: str,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        sort_created_at: OrgsRoutingFormsGetResponsesSortCreatedAt | Literal["asc", "desc"] | Unset = UNSET,
        sort_updated_at: OrgsRoutingFormsGetResponsesSortUpdatedAt | Literal["asc", "desc"] | Unset = UNSET,
        after_created_at: datetime.datetime | Unset = UNSET,
        before_created_at: datetime.datetime | Unset = UNSET,
        after_updated_at: datetime.datetime | Unset = UNSET,
        before_updated_at: datetime.datetime | Unset = UNSET,
        routed_to_booking_uid: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[RoutingFormResponseOutput]:
        """Get routing form responses.

        ``GET /v2/organizations/{org_id}/routing-forms/{routing_form_id}/responses``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id (int):
            routing_form_id (str):
            skip (int | Unset):
            take (int | Unset):
            sort_created_at (OrgsRoutingFormsGetResponsesSortCreatedAt | Unset):
            sort_updated_at (OrgsRoutingFormsGetResponsesSortUpdatedAt | Unset):
            after_created_at (datetime.datetime | Unset):
            before_created_at (datetime.datetime | Unset):
            after_updated_at (datetime.datetime | Unset):
            before_updated_at (datetime.datetime | Unset):
            routed_to_booking_uid (str | Unset):"""
        from ..api.orgs_routing_forms import orgs_routing_forms_get_responses as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
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

    def list(
        self,
        org_id: int,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        sort_created_at: OrgsRoutingFormsListSortCreatedAt | Literal["asc", "desc"] | Unset = UNSET,
        sort_updated_at: OrgsRoutingFormsListSortUpdatedAt | Literal["asc", "desc"] | Unset = UNSET,
        after_created_at: datetime.datetime | Unset = UNSET,
        before_created_at: datetime.datetime | Unset = UNSET,
        after_updated_at: datetime.datetime | Unset = UNSET,
        before_updated_at: datetime.datetime | Unset = UNSET,
        routed_to_booking_uid: str | Unset = UNSET,
        team_ids: Sequence[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[RoutingFormOutput]:
        """Get organization routing forms.

        ``GET /v2/organizations/{org_id}/routing-forms``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id (int):
            skip (int | Unset):
            take (int | Unset):
            sort_created_at (OrgsRoutingFormsListSortCreatedAt | Unset):
            sort_updated_at (OrgsRoutingFormsListSortUpdatedAt | Unset):
            after_created_at (datetime.datetime | Unset):
            before_created_at (datetime.datetime | Unset):
            after_updated_at (datetime.datetime | Unset):
            before_updated_at (datetime.datetime | Unset):
            routed_to_booking_uid (str | Unset):
            team_ids (list[int] | Unset):"""
        from ..api.orgs_routing_forms import orgs_routing_forms_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
            skip=skip,
            take=take,
            sort_created_at=sort_created_at,
            sort_updated_at=sort_updated_at,
            after_created_at=after_created_at,
            before_created_at=before_created_at,
            after_updated_at=after_updated_at,
            before_updated_at=before_updated_at,
            routed_to_booking_uid=routed_to_booking_uid,
            team_ids=team_ids,
        )

    async def update_response(
        self,
        org_id: int,
        routing_form_id: str,
        response_id: int,
        *,
        body: UpdateRoutingFormResponseInput | UpdateRoutingFormResponseInputDict,
        **options: Unpack[RequestOptions],
    ) -> RoutingFormResponseOutput:
        """Update routing form response.

        ``PATCH /v2/organizations/{org_id}/routing-forms/{routing_form_id}/responses/{response_id}``

        Args:
            org_id (int):
            routing_form_id (str):
            response_id (int):
            body (UpdateRoutingFormResponseInput):"""
        from ..api.orgs_routing_forms import orgs_routing_forms_update_response as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            routing_form_id,
            response_id,
            body=body,
        )
