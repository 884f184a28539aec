"""GENERATED CODE: do not edit. ``orgs.teams.bookings`` resource of the Cal.com API."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset
from cal_async.pagination import AsyncPaginator
from cal_async.resources.teams import OrgTeamBookingHelpers

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


class OrgsTeamsBookingsOperations(APIResource):
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

        ``GET /v2/organizations/{org_id}/teams/{team_id}/bookings/{booking_uid}/references``

        Args:
            org_id (int):
            team_id (int):
            booking_uid (str):
            type_ (OrgsTeamsBookingsGetReferencesType | Unset):"""
        from ..api.orgs_teams_bookings import orgs_teams_bookings_get_references as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            booking_uid,
            type_=type_,
        )

    def list(
        self,
        org_id: int,
        team_id: int,
        *,
        status: Sequence[
            OrgsTeamsBookingsListStatusItem | Literal["cancelled", "past", "recurring", "unconfirmed", "upcoming"]
        ]
        | Unset = UNSET,
        attendee_email: str | Unset = UNSET,
        attendee_name: str | Unset = UNSET,
        event_type_ids: str | Unset = UNSET,
        event_type_id: str | Unset = UNSET,
        after_start: datetime.datetime | Unset = UNSET,
        before_end: datetime.datetime | Unset = UNSET,
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

        ``GET /v2/organizations/{org_id}/teams/{team_id}/bookings``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id (int):
            team_id (int):
            status (list[OrgsTeamsBookingsListStatusItem] | Unset):
            attendee_email (str | Unset):
            attendee_name (str | Unset):
            event_type_ids (str | Unset):
            event_type_id (str | Unset):
            after_start (datetime.datetime | Unset):
            before_end (datetime.datetime | Unset):
            sort_start (OrgsTeamsBookingsListSortStart | Unset):
            sort_end (OrgsTeamsBookingsListSortEnd | Unset):
            sort_created (OrgsTeamsBookingsListSortCreated | Unset):
            take (int | Unset):
            skip (int | Unset):"""
        from ..api.orgs_teams_bookings import orgs_teams_bookings_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            status=status,
            attendee_email=attendee_email,
            attendee_name=attendee_name,
            event_type_ids=event_type_ids,
            event_type_id=event_type_id,
            after_start=after_start,
            before_end=before_end,
            sort_start=sort_start,
            sort_end=sort_end,
            sort_created=sort_created,
            take=take,
            skip=skip,
        )


class OrgsTeamsBookingsResource(OrgTeamBookingHelpers, OrgsTeamsBookingsOperations):
    """``cal.orgs.teams.bookings``: the generated operations, with ``OrgTeamBookingHelpers``."""
