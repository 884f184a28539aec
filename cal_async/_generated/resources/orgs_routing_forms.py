"""GENERATED CODE: do not edit. ``orgs.routing_forms`` resource of the Cal.com API."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async.pagination import AsyncPaginator

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.orgs_routing_forms_create_response_format import OrgsRoutingFormsCreateResponseFormat
    from ..models.orgs_routing_forms_get_responses_sort_created_at import OrgsRoutingFormsGetResponsesSortCreatedAt
    from ..models.orgs_routing_forms_get_responses_sort_updated_at import OrgsRoutingFormsGetResponsesSortUpdatedAt
    from ..models.orgs_routing_forms_list_sort_created_at import OrgsRoutingFormsListSortCreatedAt
    from ..models.orgs_routing_forms_list_sort_updated_at import OrgsRoutingFormsListSortUpdatedAt
    from ..models.update_routing_form_response_input import UpdateRoutingFormResponseInput

    pass


class OrgsRoutingFormsResource(APIResource):
    """Operations under ``orgs.routing_forms``."""

    async def create_response(
        self,
        org_id: int,
        routing_form_id: str,
        *,
        start: str,
        end: str,
        time_zone: str | Unset = UNSET,
        duration: float | Unset = UNSET,
        format_: OrgsRoutingFormsCreateResponseFormat | Unset = UNSET,
        booking_uid_to_reschedule: str | Unset = UNSET,
        queue_response: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreateRoutingFormResponseOutputData:
        """Create routing form response and get available slots.

        ``POST /v2/organizations/{org_id}/routing-forms/{routing_form_id}/responses``

        Args:
            org_id (int):
            routing_form_id (str):
            start (str):
            end (str):
            time_zone (str | Unset):
            duration (float | Unset):
            format_ (OrgsRoutingFormsCreateResponseFormat | Unset):
            booking_uid_to_reschedule (str | Unset):
            queue_response (bool | Unset):"""
        from ..api.orgs_routing_forms import orgs_routing_forms_create_response as _ep

        return await self._client._request(
            _ep._get_kwargs(
                org_id=org_id,
                routing_form_id=routing_form_id,
                start=start,
                end=end,
                time_zone=time_zone,
                duration=duration,
                format_=format_,
                booking_uid_to_reschedule=booking_uid_to_reschedule,
                queue_response=queue_response,
            ),
            _ep._parse,
            auth=_ep.AUTH,
            options=options,
        )

    def get_responses(
        self,
        org_id: int,
        routing_form_id: str,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        sort_created_at: OrgsRoutingFormsGetResponsesSortCreatedAt | Unset = UNSET,
        sort_updated_at: OrgsRoutingFormsGetResponsesSortUpdatedAt | Unset = UNSET,
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

        def _request(offset: int, limit: int) -> dict[str, Any]:
            return _ep._get_kwargs(
                org_id=org_id,
                routing_form_id=routing_form_id,
                skip=offset,
                take=limit,
                sort_created_at=sort_created_at,
                sort_updated_at=sort_updated_at,
                after_created_at=after_created_at,
                before_created_at=before_created_at,
                after_updated_at=after_updated_at,
                before_updated_at=before_updated_at,
                routed_to_booking_uid=routed_to_booking_uid,
            )

        return AsyncPaginator(
            self._client,
            _request,
            _ep._parse_page,
            auth=_ep.AUTH,
            options=options,
            offset=skip,
            limit=take,
            default_limit=100,
        )

    def list(
        self,
        org_id: int,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        sort_created_at: OrgsRoutingFormsListSortCreatedAt | Unset = UNSET,
        sort_updated_at: OrgsRoutingFormsListSortUpdatedAt | Unset = UNSET,
        after_created_at: datetime.datetime | Unset = UNSET,
        before_created_at: datetime.datetime | Unset = UNSET,
        after_updated_at: datetime.datetime | Unset = UNSET,
        before_updated_at: datetime.datetime | Unset = UNSET,
        routed_to_booking_uid: str | Unset = UNSET,
        team_ids: list[int] | Unset = UNSET,
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

        def _request(offset: int, limit: int) -> dict[str, Any]:
            return _ep._get_kwargs(
                org_id=org_id,
                skip=offset,
                take=limit,
                sort_created_at=sort_created_at,
                sort_updated_at=sort_updated_at,
                after_created_at=after_created_at,
                before_created_at=before_created_at,
                after_updated_at=after_updated_at,
                before_updated_at=before_updated_at,
                routed_to_booking_uid=routed_to_booking_uid,
                team_ids=team_ids,
            )

        return AsyncPaginator(
            self._client,
            _request,
            _ep._parse_page,
            auth=_ep.AUTH,
            options=options,
            offset=skip,
            limit=take,
            default_limit=100,
        )

    async def update_response(
        self,
        org_id: int,
        routing_form_id: str,
        response_id: int,
        *,
        body: UpdateRoutingFormResponseInput | Mapping[str, Any],
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

        return await self._client._request(
            _ep._get_kwargs(
                org_id=org_id,
                routing_form_id=routing_form_id,
                response_id=response_id,
                body=body,
            ),
            _ep._parse,
            auth=_ep.AUTH,
            options=options,
        )
