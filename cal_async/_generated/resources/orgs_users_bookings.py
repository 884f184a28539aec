"""GENERATED CODE: do not edit. ``orgs.users.bookings`` resource of the Cal.com API."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final, Literal, Unpack

from cal_async._fields import (
    model,
)
from cal_async._operation import PagedOperation, path, query
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset
from cal_async.pagination import AsyncPaginator

from ..models.orgs_users_bookings_list_sort_created import OrgsUsersBookingsListSortCreated
from ..models.orgs_users_bookings_list_sort_end import OrgsUsersBookingsListSortEnd
from ..models.orgs_users_bookings_list_sort_start import OrgsUsersBookingsListSortStart
from ..models.orgs_users_bookings_list_sort_updated_at import OrgsUsersBookingsListSortUpdatedAt
from ..models.orgs_users_bookings_list_status_item import OrgsUsersBookingsListStatusItem

if TYPE_CHECKING:
    from ..models.orgs_users_bookings_list_response_200_data_item import OrgsUsersBookingsListResponse200DataItem

    pass


LIST: Final[PagedOperation[OrgsUsersBookingsListResponse200DataItem]] = PagedOperation(
    "orgs.users.bookings",
    "list",
    "GET",
    "/v2/organizations/{orgId}/users/{userId}/bookings",
    (
        path("orgId", "org_id"),
        path("userId", "user_id"),
        query("status", "status", choices=("upcoming", "recurring", "past", "cancelled", "unconfirmed")),
        query("attendeeEmail", "attendee_email"),
        query("attendeeName", "attendee_name"),
        query("bookingUid", "booking_uid"),
        query("eventTypeIds", "event_type_ids", comma=True),
        query("eventTypeId", "event_type_id"),
        query("teamsIds", "teams_ids", comma=True),
        query("teamId", "team_id"),
        query("afterStart", "after_start"),
        query("beforeEnd", "before_end"),
        query("afterCreatedAt", "after_created_at"),
        query("beforeCreatedAt", "before_created_at"),
        query("afterUpdatedAt", "after_updated_at"),
        query("beforeUpdatedAt", "before_updated_at"),
        query("sortStart", "sort_start", choices=("asc", "desc")),
        query("sortEnd", "sort_end", choices=("asc", "desc")),
        query("sortCreated", "sort_created", choices=("asc", "desc")),
        query("sortUpdatedAt", "sort_updated_at", choices=("asc", "desc")),
        query("take", "take"),
        query("skip", "skip"),
    ),
    model("orgs_users_bookings_list_response_200_data_item", "OrgsUsersBookingsListResponse200DataItem"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsUsersBookingsController_getOrganizationUserBookings",
    summary="Get all bookings for an organization user",
    offset="skip",
    limit="take",
    default_limit=100,
)


class OrgsUsersBookingsResource(APIResource):
    """Operations under ``orgs.users.bookings``."""

    def list(
        self,
        org_id: int,
        user_id: int,
        *,
        status: OrgsUsersBookingsListStatusItem
        | Literal["cancelled", "past", "recurring", "unconfirmed", "upcoming"]
        | Sequence[
            OrgsUsersBookingsListStatusItem | Literal["cancelled", "past", "recurring", "unconfirmed", "upcoming"]
        ]
        | Unset = UNSET,
        attendee_email: str | Unset = UNSET,
        attendee_name: str | Unset = UNSET,
        booking_uid: str | Unset = UNSET,
        event_type_ids: int | Sequence[int] | Unset = UNSET,
        event_type_id: int | Unset = UNSET,
        teams_ids: int | Sequence[int] | Unset = UNSET,
        team_id: int | Unset = UNSET,
        after_start: datetime.datetime | datetime.date | Unset = UNSET,
        before_end: datetime.datetime | datetime.date | Unset = UNSET,
        after_created_at: datetime.datetime | datetime.date | Unset = UNSET,
        before_created_at: datetime.datetime | datetime.date | Unset = UNSET,
        after_updated_at: datetime.datetime | datetime.date | Unset = UNSET,
        before_updated_at: datetime.datetime | datetime.date | Unset = UNSET,
        sort_start: OrgsUsersBookingsListSortStart | Literal["asc", "desc"] | Unset = UNSET,
        sort_end: OrgsUsersBookingsListSortEnd | Literal["asc", "desc"] | Unset = UNSET,
        sort_created: OrgsUsersBookingsListSortCreated | Literal["asc", "desc"] | Unset = UNSET,
        sort_updated_at: OrgsUsersBookingsListSortUpdatedAt | Literal["asc", "desc"] | Unset = UNSET,
        take: int | Unset = 100,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[OrgsUsersBookingsListResponse200DataItem]:
        """Get all bookings for an organization user.

        ``GET /v2/organizations/{orgId}/users/{userId}/bookings``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id:
            user_id:
            status: Filter bookings by status. If you want to filter by multiple statuses, separate them with a comma.
            attendee_email: Filter bookings by the attendee's email address.
            attendee_name: Filter bookings by the attendee's name.
            booking_uid: Filter bookings by the booking Uid.
            event_type_ids: Filter bookings by event type ids belonging to the user. Event type ids must be separated by a comma.
            event_type_id: Filter bookings by event type id belonging to the user.
            teams_ids: Filter bookings by team ids that user is part of. Team ids must be separated by a comma.
            team_id: Filter bookings by team id that user is part of
            after_start: Filter bookings with start after this date string.
            before_end: Filter bookings with end before this date string.
            after_created_at: Filter bookings that have been created after this date string.
            before_created_at: Filter bookings that have been created before this date string.
            after_updated_at: Filter bookings that have been updated after this date string.
            before_updated_at: Filter bookings that have been updated before this date string.
            sort_start: Sort results by their start time in ascending or descending order.
            sort_end: Sort results by their end time in ascending or descending order.
            sort_created: Sort results by their creation time (when booking was made) in ascending or descending order.
            sort_updated_at: Sort results by their updated time (for example when booking status changes) in ascending or descending order.
            take: The number of items to return
            skip: The number of items to skip"""
        return self._page(
            LIST,
            options,
            org_id,
            user_id,
            status,
            attendee_email,
            attendee_name,
            booking_uid,
            event_type_ids,
            event_type_id,
            teams_ids,
            team_id,
            after_start,
            before_end,
            after_created_at,
            before_created_at,
            after_updated_at,
            before_updated_at,
            sort_start,
            sort_end,
            sort_created,
            sort_updated_at,
            take,
            skip,
        )
