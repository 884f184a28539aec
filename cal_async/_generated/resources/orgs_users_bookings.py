"""GENERATED CODE: do not edit. ``orgs.users.bookings`` resource of the Cal.com API."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Unpack

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


class OrgsUsersBookingsResource(APIResource):
    """Operations under ``orgs.users.bookings``."""

    def list(
        self,
        org_id: int,
        user_id: int,
        *,
        status: Sequence[
            OrgsUsersBookingsListStatusItem | Literal["cancelled", "past", "recurring", "unconfirmed", "upcoming"]
        ]
        | Unset = UNSET,
        attendee_email: str | Unset = UNSET,
        attendee_name: str | Unset = UNSET,
        booking_uid: str | Unset = UNSET,
        event_type_ids: str | Unset = UNSET,
        event_type_id: str | Unset = UNSET,
        teams_ids: str | Unset = UNSET,
        team_id: str | Unset = UNSET,
        after_start: datetime.datetime | Unset = UNSET,
        before_end: datetime.datetime | Unset = UNSET,
        after_created_at: datetime.datetime | Unset = UNSET,
        before_created_at: datetime.datetime | Unset = UNSET,
        after_updated_at: datetime.datetime | Unset = UNSET,
        before_updated_at: datetime.datetime | Unset = UNSET,
        sort_start: OrgsUsersBookingsListSortStart | Literal["asc", "desc"] | Unset = UNSET,
        sort_end: OrgsUsersBookingsListSortEnd | Literal["asc", "desc"] | Unset = UNSET,
        sort_created: OrgsUsersBookingsListSortCreated | Literal["asc", "desc"] | Unset = UNSET,
        sort_updated_at: OrgsUsersBookingsListSortUpdatedAt | Literal["asc", "desc"] | Unset = UNSET,
        take: int | Unset = 100,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[OrgsUsersBookingsListResponse200DataItem]:
        """Get all bookings for an organization user.

        ``GET /v2/organizations/{org_id}/users/{user_id}/bookings``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id (int):
            user_id (int):
            status (list[OrgsUsersBookingsListStatusItem] | Unset):
            attendee_email (str | Unset):
            attendee_name (str | Unset):
            booking_uid (str | Unset):
            event_type_ids (str | Unset):
            event_type_id (str | Unset):
            teams_ids (str | Unset):
            team_id (str | Unset):
            after_start (datetime.datetime | Unset):
            before_end (datetime.datetime | Unset):
            after_created_at (datetime.datetime | Unset):
            before_created_at (datetime.datetime | Unset):
            after_updated_at (datetime.datetime | Unset):
            before_updated_at (datetime.datetime | Unset):
            sort_start (OrgsUsersBookingsListSortStart | Unset):
            sort_end (OrgsUsersBookingsListSortEnd | Unset):
            sort_created (OrgsUsersBookingsListSortCreated | Unset):
            sort_updated_at (OrgsUsersBookingsListSortUpdatedAt | Unset):
            take (int | Unset):  Default: 100.
            skip (int | Unset):  Default: 0."""
        from ..api.orgs_users_bookings import orgs_users_bookings_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
            user_id,
            status=status,
            attendee_email=attendee_email,
            attendee_name=attendee_name,
            booking_uid=booking_uid,
            event_type_ids=event_type_ids,
            event_type_id=event_type_id,
            teams_ids=teams_ids,
            team_id=team_id,
            after_start=after_start,
            before_end=before_end,
            after_created_at=after_created_at,
            before_created_at=before_created_at,
            after_updated_at=after_updated_at,
            before_updated_at=before_updated_at,
            sort_start=sort_start,
            sort_end=sort_end,
            sort_created=sort_created,
            sort_updated_at=sort_updated_at,
            take=take,
            skip=skip,
        )
