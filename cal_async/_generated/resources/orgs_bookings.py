"""GENERATED CODE: do not edit. ``orgs.bookings`` resource of the Cal.com API."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset
from cal_async.pagination import AsyncPaginator

from ..models.orgs_bookings_list_sort_created import OrgsBookingsListSortCreated
from ..models.orgs_bookings_list_sort_end import OrgsBookingsListSortEnd
from ..models.orgs_bookings_list_sort_start import OrgsBookingsListSortStart
from ..models.orgs_bookings_list_sort_updated_at import OrgsBookingsListSortUpdatedAt
from ..models.orgs_bookings_list_status_item import OrgsBookingsListStatusItem

if TYPE_CHECKING:
    from ..models.booking_output import BookingOutput
    from ..models.get_recurring_seated_booking_output import GetRecurringSeatedBookingOutput
    from ..models.get_seated_booking_output import GetSeatedBookingOutput
    from ..models.recurring_booking_output import RecurringBookingOutput

    pass


class OrgsBookingsResource(APIResource):
    """Operations under ``orgs.bookings``."""

    def list(
        self,
        org_id: int,
        *,
        status: Sequence[
            OrgsBookingsListStatusItem | Literal["cancelled", "past", "recurring", "unconfirmed", "upcoming"]
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
        sort_start: OrgsBookingsListSortStart | Literal["asc", "desc"] | Unset = UNSET,
        sort_end: OrgsBookingsListSortEnd | Literal["asc", "desc"] | Unset = UNSET,
        sort_created: OrgsBookingsListSortCreated | Literal["asc", "desc"] | Unset = UNSET,
        sort_updated_at: OrgsBookingsListSortUpdatedAt | Literal["asc", "desc"] | Unset = UNSET,
        take: int | Unset = 100,
        skip: int | Unset = 0,
        user_ids: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[
        BookingOutput | RecurringBookingOutput | GetSeatedBookingOutput | GetRecurringSeatedBookingOutput
    ]:
        """Get organization bookings.

        ``GET /v2/organizations/{org_id}/bookings``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id (int):
            status (list[OrgsBookingsListStatusItem] | Unset):
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
            sort_start (OrgsBookingsListSortStart | Unset):
            sort_end (OrgsBookingsListSortEnd | Unset):
            sort_created (OrgsBookingsListSortCreated | Unset):
            sort_updated_at (OrgsBookingsListSortUpdatedAt | Unset):
            take (int | Unset):  Default: 100.
            skip (int | Unset):  Default: 0.
            user_ids (str | Unset):"""
        from ..api.orgs_bookings import orgs_bookings_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
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
            user_ids=user_ids,
        )
