"""GENERATED CODE: do not edit. ``orgs.teams.bookings`` resource of the Cal.com API."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final, Literal, Unpack

from cal_async._fields import (
    list_of,
    model,
    one_of,
)
from cal_async._operation import Operation, PagedOperation, path, query
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset
from cal_async.pagination import AsyncPaginator

from ..models.orgs_teams_bookings_get_references_type import OrgsTeamsBookingsGetReferencesType
from ..models.orgs_teams_bookings_list_sort_created import OrgsTeamsBookingsListSortCreated
from ..models.orgs_teams_bookings_list_sort_end import OrgsTeamsBookingsListSortEnd
from ..models.orgs_teams_bookings_list_sort_start import OrgsTeamsBookingsListSortStart
from ..models.orgs_teams_bookings_list_status_item import OrgsTeamsBookingsListStatusItem

if TYPE_CHECKING:
    from ..models.booking_output import BookingOutput
    from ..models.booking_reference import BookingReference
    from ..models.get_recurring_seated_booking_output import GetRecurringSeatedBookingOutput
    from ..models.get_seated_booking_output import GetSeatedBookingOutput
    from ..models.recurring_booking_output import RecurringBookingOutput

    pass


GET_REFERENCES: Final[Operation[list[BookingReference]]] = Operation(
    "orgs.teams.bookings",
    "get_references",
    "GET",
    "/v2/organizations/{orgId}/teams/{teamId}/bookings/{bookingUid}/references",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        path("bookingUid", "booking_uid"),
        query(
            "type",
            "type_",
            choices=(
                "google_calendar",
                "office365_calendar",
                "daily_video",
                "google_video",
                "office365_video",
                "zoom_video",
            ),
        ),
    ),
    list_of(model("booking_reference", "BookingReference")),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsTeamsBookingsController_getBookingReferences",
    summary="Get booking references",
)
LIST: Final[
    PagedOperation[BookingOutput | RecurringBookingOutput | GetSeatedBookingOutput | GetRecurringSeatedBookingOutput]
] = PagedOperation(
    "orgs.teams.bookings",
    "list",
    "GET",
    "/v2/organizations/{orgId}/teams/{teamId}/bookings",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        query("status", "status", choices=("upcoming", "recurring", "past", "cancelled", "unconfirmed")),
        query("attendeeEmail", "attendee_email"),
        query("attendeeName", "attendee_name"),
        query("eventTypeIds", "event_type_ids", comma=True),
        query("eventTypeId", "event_type_id"),
        query("afterStart", "after_start"),
        query("beforeEnd", "before_end"),
        query("sortStart", "sort_start", choices=("asc", "desc")),
        query("sortEnd", "sort_end", choices=("asc", "desc")),
        query("sortCreated", "sort_created", choices=("asc", "desc")),
        query("take", "take"),
        query("skip", "skip"),
    ),
    one_of(
        model("booking_output", "BookingOutput"),
        model("recurring_booking_output", "RecurringBookingOutput"),
        model("get_seated_booking_output", "GetSeatedBookingOutput"),
        model("get_recurring_seated_booking_output", "GetRecurringSeatedBookingOutput"),
    ),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsTeamsBookingsController_getAllOrgTeamBookings",
    summary="Get organization team bookings",
    offset="skip",
    limit="take",
    default_limit=100,
)


class OrgsTeamsBookingsResource(APIResource):
    """Operations under ``orgs.teams.bookings``."""

    async def get_references(
        self,
        org_id: int,
        team_id: int,
        booking_uid: str,
        *,
        type_: OrgsTeamsBookingsGetReferencesType
        | Literal[
            "daily_video", "google_calendar", "google_video", "office365_calendar", "office365_video", "zoom_video"
        ]
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[BookingReference]:
        """Get booking references.

        ``GET /v2/organizations/{orgId}/teams/{teamId}/bookings/{bookingUid}/references``

        Args:
            org_id:
            team_id:
            booking_uid:
            type_: Filter booking references by type"""
        return await self._run(GET_REFERENCES, options, org_id, team_id, booking_uid, type_)

    def list(
        self,
        org_id: int,
        team_id: int,
        *,
        status: OrgsTeamsBookingsListStatusItem
        | Literal["cancelled", "past", "recurring", "unconfirmed", "upcoming"]
        | Sequence[
            OrgsTeamsBookingsListStatusItem | Literal["cancelled", "past", "recurring", "unconfirmed", "upcoming"]
        ]
        | Unset = UNSET,
        attendee_email: str | Unset = UNSET,
        attendee_name: str | Unset = UNSET,
        event_type_ids: int | Sequence[int] | Unset = UNSET,
        event_type_id: int | Unset = UNSET,
        after_start: datetime.datetime | datetime.date | Unset = UNSET,
        before_end: datetime.datetime | datetime.date | Unset = UNSET,
        sort_start: OrgsTeamsBookingsListSortStart | Literal["asc", "desc"] | Unset = UNSET,
        sort_end: OrgsTeamsBookingsListSortEnd | Literal["asc", "desc"] | Unset = UNSET,
        sort_created: OrgsTeamsBookingsListSortCreated | Literal["asc", "desc"] | Unset = UNSET,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[
        BookingOutput | RecurringBookingOutput | GetSeatedBookingOutput | GetRecurringSeatedBookingOutput
    ]:
        """Get organization team bookings.

        ``GET /v2/organizations/{orgId}/teams/{teamId}/bookings``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id:
            team_id:
            status: Filter bookings by status. If you want to filter by multiple statuses, separate them with a comma.
            attendee_email: Filter bookings by the attendee's email address.
            attendee_name: Filter bookings by the attendee's name.
            event_type_ids: Filter bookings by event type ids belonging to the team. Event type ids must be separated by a comma.
            event_type_id: Filter bookings by event type id belonging to the team.
            after_start: Filter bookings with start after this date string.
            before_end: Filter bookings with end before this date string.
            sort_start: Sort results by their start time in ascending or descending order.
            sort_end: Sort results by their end time in ascending or descending order.
            sort_created: Sort results by their creation time (when booking was made) in ascending or descending order.
            take: The number of items to return
            skip: The number of items to skip"""
        return self._page(
            LIST,
            options,
            org_id,
            team_id,
            status,
            attendee_email,
            attendee_name,
            event_type_ids,
            event_type_id,
            after_start,
            before_end,
            sort_start,
            sort_end,
            sort_created,
            take,
            skip,
        )
