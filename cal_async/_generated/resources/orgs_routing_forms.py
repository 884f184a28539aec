"""GENERATED CODE: do not edit. ``orgs.routing_forms`` resource of the Cal.com API."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final, Literal, Unpack

from cal_async._fields import (
    model,
)
from cal_async._operation import Operation, PagedOperation, body, path, query
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


CREATE_RESPONSE: Final[Operation[CreateRoutingFormResponseOutputData]] = Operation(
    "orgs.routing_forms",
    "create_response",
    "POST",
    "/v2/organizations/{orgId}/routing-forms/{routingFormId}/responses",
    (
        path("orgId", "org_id"),
        path("routingFormId", "routing_form_id"),
        query("start", "start", required=True),
        query("end", "end", required=True),
        query("timeZone", "time_zone"),
        query("duration", "duration"),
        query("format", "format_", choices=("range", "time")),
        query("bookingUidToReschedule", "booking_uid_to_reschedule"),
        query("queueResponse", "queue_response"),
    ),
    model("create_routing_form_response_output_data", "CreateRoutingFormResponseOutputData"),
    auth=("Authorization",),
    operation_id="OrganizationsRoutingFormsResponsesController_createRoutingFormResponse",
    summary="Create routing form response and get available slots",
)
GET_RESPONSES: Final[PagedOperation[RoutingFormResponseOutput]] = PagedOperation(
    "orgs.routing_forms",
    "get_responses",
    "GET",
    "/v2/organizations/{orgId}/routing-forms/{routingFormId}/responses",
    (
        path("orgId", "org_id"),
        path("routingFormId", "routing_form_id"),
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
    model("routing_form_response_output", "RoutingFormResponseOutput"),
    auth=("Authorization",),
    operation_id="OrganizationsRoutingFormsResponsesController_getRoutingFormResponses",
    summary="Get routing form responses",
    offset="skip",
    limit="take",
    default_limit=100,
    single=True,
)
LIST: Final[PagedOperation[RoutingFormOutput]] = PagedOperation(
    "orgs.routing_forms",
    "list",
    "GET",
    "/v2/organizations/{orgId}/routing-forms",
    (
        path("orgId", "org_id"),
        query("skip", "skip"),
        query("take", "take"),
        query("sortCreatedAt", "sort_created_at", choices=("asc", "desc")),
        query("sortUpdatedAt", "sort_updated_at", choices=("asc", "desc")),
        query("afterCreatedAt", "after_created_at"),
        query("beforeCreatedAt", "before_created_at"),
        query("afterUpdatedAt", "after_updated_at"),
        query("beforeUpdatedAt", "before_updated_at"),
        query("routedToBookingUid", "routed_to_booking_uid"),
        query("teamIds", "team_ids", comma=True),
    ),
    model("routing_form_output", "RoutingFormOutput"),
    auth=("Authorization",),
    operation_id="OrganizationsRoutingFormsController_getOrganizationRoutingForms",
    summary="Get organization routing forms",
    offset="skip",
    limit="take",
    default_limit=100,
)
UPDATE_RESPONSE: Final[Operation[RoutingFormResponseOutput]] = Operation(
    "orgs.routing_forms",
    "update_response",
    "PATCH",
    "/v2/organizations/{orgId}/routing-forms/{routingFormId}/responses/{responseId}",
    (
        path("orgId", "org_id"),
        path("routingFormId", "routing_form_id"),
        path("responseId", "response_id"),
        body(),
    ),
    model("routing_form_response_output", "RoutingFormResponseOutput"),
    auth=("Authorization",),
    operation_id="OrganizationsRoutingFormsResponsesController_updateRoutingFormResponse",
    summary="Update routing form response",
)


class OrgsRoutingFormsResource(APIResource):
    """Operations under ``orgs.routing_forms``."""

    async def create_response(
        self,
        org_id: int,
        routing_form_id: str,
        *,
        start: datetime.datetime | datetime.date,
        end: datetime.datetime | datetime.date,
        time_zone: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        format_: OrgsRoutingFormsCreateResponseFormat | Literal["range", "time"] | Unset = UNSET,
        booking_uid_to_reschedule: str | Unset = UNSET,
        queue_response: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreateRoutingFormResponseOutputData:
        """Create routing form response and get available slots.

        ``POST /v2/organizations/{orgId}/routing-forms/{routingFormId}/responses``

        Args:
            org_id:
            routing_form_id:
            start: Time starting from which available slots should be checked. Must be in UTC timezone as ISO 8601 datestring. You can pass date without hours which defaults to start of day or specify hours: 2024-08-13 (will have hours 00:00:00 aka at very beginning of the date) or you can specify hours manually like 2024-08-13T09:00:00Z
            end: Time until which available slots should be checked. Must be in UTC timezone as ISO 8601 datestring. You can pass date without hours which defaults to end of day or specify hours: 2024-08-20 (will have hours 23:59:59 aka at the very end of the date) or you can specify hours manually like 2024-08-20T18:00:00Z
            time_zone: Time zone in which the available slots should be returned. Defaults to UTC.
            duration: If event type has multiple possible durations then you can specify the desired duration here. Also, if you are fetching slots for a dynamic event then you can specify the duration her which defaults to 30, meaning that returned slots will be each 30 minutes long.
            format_: Format of slot times in response. Use 'range' to get start and end times.
            booking_uid_to_reschedule: The unique identifier of the booking being rescheduled. When provided will ensure that the original booking time appears within the returned available slots when rescheduling.
            queue_response: Whether to queue the form response."""
        return await self._run(
            CREATE_RESPONSE,
            options,
            org_id,
            routing_form_id,
            start,
            end,
            time_zone,
            duration,
            format_,
            booking_uid_to_reschedule,
            queue_response,
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
        after_created_at: datetime.datetime | datetime.date | Unset = UNSET,
        before_created_at: datetime.datetime | datetime.date | Unset = UNSET,
        after_updated_at: datetime.datetime | datetime.date | Unset = UNSET,
        before_updated_at: datetime.datetime | datetime.date | Unset = UNSET,
        routed_to_booking_uid: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[RoutingFormResponseOutput]:
        """Get routing form responses.

        ``GET /v2/organizations/{orgId}/routing-forms/{routingFormId}/responses``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id:
            routing_form_id:
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
            GET_RESPONSES,
            options,
            org_id,
            routing_form_id,
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

    def list(
        self,
        org_id: int,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        sort_created_at: OrgsRoutingFormsListSortCreatedAt | Literal["asc", "desc"] | Unset = UNSET,
        sort_updated_at: OrgsRoutingFormsListSortUpdatedAt | Literal["asc", "desc"] | Unset = UNSET,
        after_created_at: datetime.datetime | datetime.date | Unset = UNSET,
        before_created_at: datetime.datetime | datetime.date | Unset = UNSET,
        after_updated_at: datetime.datetime | datetime.date | Unset = UNSET,
        before_updated_at: datetime.datetime | datetime.date | Unset = UNSET,
        routed_to_booking_uid: str | Unset = UNSET,
        team_ids: int | Sequence[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[RoutingFormOutput]:
        """Get organization routing forms.

        ``GET /v2/organizations/{orgId}/routing-forms``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id:
            skip: Number of responses to skip
            take: Number of responses to take
            sort_created_at: Sort by creation time
            sort_updated_at: Sort by update time
            after_created_at: Filter by responses created after this date
            before_created_at: Filter by responses created before this date
            after_updated_at: Filter by responses created after this date
            before_updated_at: Filter by responses updated before this date
            routed_to_booking_uid: Filter by responses routed to a specific booking
            team_ids: Filter by teamIds. Team ids must be separated by a comma."""
        return self._page(
            LIST,
            options,
            org_id,
            skip,
            take,
            sort_created_at,
            sort_updated_at,
            after_created_at,
            before_created_at,
            after_updated_at,
            before_updated_at,
            routed_to_booking_uid,
            team_ids,
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

        ``PATCH /v2/organizations/{orgId}/routing-forms/{routingFormId}/responses/{responseId}``"""
        return await self._run(UPDATE_RESPONSE, options, org_id, routing_form_id, response_id, body)
