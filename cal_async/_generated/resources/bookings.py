"""GENERATED CODE: do not edit. ``bookings`` resource of the Cal.com API."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset
from cal_async.pagination import AsyncPaginator
from cal_async.resources.bookings import BookingHelpers

from ..models.bookings_get_references_type import BookingsGetReferencesType
from ..models.bookings_list_sort_created import BookingsListSortCreated
from ..models.bookings_list_sort_end import BookingsListSortEnd
from ..models.bookings_list_sort_start import BookingsListSortStart
from ..models.bookings_list_sort_updated_at import BookingsListSortUpdatedAt
from ..models.bookings_list_status_item import BookingsListStatusItem

if TYPE_CHECKING:
    from ..models.booking_output import BookingOutput
    from ..models.booking_reference import BookingReference
    from ..models.calendar_link import CalendarLink
    from ..models.cancel_booking_input import CancelBookingInput, CancelBookingInputDict
    from ..models.cancel_seated_booking_input import CancelSeatedBookingInput, CancelSeatedBookingInputDict
    from ..models.create_booking_input import CreateBookingInput, CreateBookingInputDict
    from ..models.create_instant_booking_input import CreateInstantBookingInput, CreateInstantBookingInputDict
    from ..models.create_recurring_booking_input import CreateRecurringBookingInput, CreateRecurringBookingInputDict
    from ..models.create_recurring_seated_booking_output import CreateRecurringSeatedBookingOutput
    from ..models.create_seated_booking_output import CreateSeatedBookingOutput
    from ..models.decline_booking_input import DeclineBookingInput, DeclineBookingInputDict
    from ..models.get_recurring_seated_booking_output import GetRecurringSeatedBookingOutput
    from ..models.get_seated_booking_output import GetSeatedBookingOutput
    from ..models.mark_absent_booking_input import MarkAbsentBookingInput, MarkAbsentBookingInputDict
    from ..models.reassign_to_user_booking_input import ReassignToUserBookingInput, ReassignToUserBookingInputDict
    from ..models.recording_item import RecordingItem
    from ..models.recurring_booking_output import RecurringBookingOutput
    from ..models.reschedule_booking_input import RescheduleBookingInput, RescheduleBookingInputDict
    from ..models.reschedule_seated_booking_input import RescheduleSeatedBookingInput, RescheduleSeatedBookingInputDict

    pass


class BookingsOperations(APIResource):
    """Operations under ``bookings``."""

    async def cancel(
        self,
        booking_uid: str,
        *,
        body: CancelBookingInput | CancelBookingInputDict | CancelSeatedBookingInput | CancelSeatedBookingInputDict,
        **options: Unpack[RequestOptions],
    ) -> (
        BookingOutput
        | RecurringBookingOutput
        | builtins.list[RecurringBookingOutput]
        | GetSeatedBookingOutput
        | GetRecurringSeatedBookingOutput
        | builtins.list[GetRecurringSeatedBookingOutput]
    ):
        """Cancel a booking.

        ``POST /v2/bookings/{booking_uid}/cancel``
        (sent with ``cal-api-version: 2024-08-13``).

        Args:
            booking_uid (str):
            body (CancelBookingInput | CancelSeatedBookingInput):"""
        from ..api.bookings import bookings_cancel as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            booking_uid,
            body=body,
        )

    async def confirm(
        self,
        booking_uid: str,
        **options: Unpack[RequestOptions],
    ) -> (
        BookingOutput
        | RecurringBookingOutput
        | builtins.list[RecurringBookingOutput]
        | GetSeatedBookingOutput
        | GetRecurringSeatedBookingOutput
        | builtins.list[GetRecurringSeatedBookingOutput]
    ):
        """Confirm a booking.

        ``POST /v2/bookings/{booking_uid}/confirm``
        (sent with ``cal-api-version: 2024-08-13``).

        Args:
            booking_uid (str):"""
        from ..api.bookings import bookings_confirm as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            booking_uid,
        )

    async def create(
        self,
        *,
        body: CreateBookingInput
        | CreateBookingInputDict
        | CreateInstantBookingInput
        | CreateInstantBookingInputDict
        | CreateRecurringBookingInput
        | CreateRecurringBookingInputDict,
        **options: Unpack[RequestOptions],
    ) -> (
        BookingOutput
        | builtins.list[RecurringBookingOutput]
        | CreateSeatedBookingOutput
        | builtins.list[CreateRecurringSeatedBookingOutput]
    ):
        """Create a booking.

        ``POST /v2/bookings``
        (sent with ``cal-api-version: 2024-08-13``).

        Args:
            body (CreateBookingInput | CreateInstantBookingInput | CreateRecurringBookingInput):"""
        from ..api.bookings import bookings_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            body=body,
        )

    async def decline(
        self,
        booking_uid: str,
        *,
        body: DeclineBookingInput | DeclineBookingInputDict,
        **options: Unpack[RequestOptions],
    ) -> (
        BookingOutput
        | RecurringBookingOutput
        | builtins.list[RecurringBookingOutput]
        | GetSeatedBookingOutput
        | GetRecurringSeatedBookingOutput
        | builtins.list[GetRecurringSeatedBookingOutput]
    ):
        """Decline a booking.

        ``POST /v2/bookings/{booking_uid}/decline``
        (sent with ``cal-api-version: 2024-08-13``).

        Args:
            booking_uid (str):
            body (DeclineBookingInput):"""
        from ..api.bookings import bookings_decline as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            booking_uid,
            body=body,
        )

    async def get(
        self,
        booking_uid: str,
        **options: Unpack[RequestOptions],
    ) -> (
        BookingOutput
        | RecurringBookingOutput
        | builtins.list[RecurringBookingOutput]
        | GetSeatedBookingOutput
        | GetRecurringSeatedBookingOutput
        | builtins.list[GetRecurringSeatedBookingOutput]
    ):
        """Get a booking.

        ``GET /v2/bookings/{booking_uid}``
        (sent with ``cal-api-version: 2024-08-13``).

        Args:
            booking_uid (str):"""
        from ..api.bookings import bookings_get as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            booking_uid,
        )

    async def get_calendar_links(
        self,
        booking_uid: str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[CalendarLink]:
        """Get 'Add to Calendar' links for a booking.

        ``GET /v2/bookings/{booking_uid}/calendar-links``
        (sent with ``cal-api-version: 2024-08-13``).

        Args:
            booking_uid (str):"""
        from ..api.bookings import bookings_get_calendar_links as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            booking_uid,
        )

    async def get_recordings(
        self,
        booking_uid: str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[RecordingItem]:
        """Get all the recordings for the booking.

        ``GET /v2/bookings/{booking_uid}/recordings``
        (sent with ``cal-api-version: 2024-08-13``).

        Args:
            booking_uid (str):"""
        from ..api.bookings import bookings_get_recordings as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            booking_uid,
        )

    async def get_references(
        self,
        booking_uid: str,
        *,
        type_: BookingsGetReferencesType
        | Literal[
            "daily_video", "google_calendar", "google_video", "office365_calendar", "office365_video", "zoom_video"
        ]
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[BookingReference]:
        """Get booking references.

        ``GET /v2/bookings/{booking_uid}/references``
        (sent with ``cal-api-version: 2024-08-13``).

        Args:
            booking_uid (str):
            type_ (BookingsGetReferencesType | Unset):"""
        from ..api.bookings import bookings_get_references as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            booking_uid,
            type_=type_,
        )

    async def get_transcripts(
        self,
        booking_uid: str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[str]:
        """Get all the transcripts download links for the booking.

        ``GET /v2/bookings/{booking_uid}/transcripts``
        (sent with ``cal-api-version: 2024-08-13``).

        Args:
            booking_uid (str):"""
        from ..api.bookings import bookings_get_transcripts as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            booking_uid,
        )

    def list(
        self,
        *,
        status: Sequence[BookingsListStatusItem | Literal["cancelled", "past", "recurring", "unconfirmed", "upcoming"]]
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
        sort_start: BookingsListSortStart | Literal["asc", "desc"] | Unset = UNSET,
        sort_end: BookingsListSortEnd | Literal["asc", "desc"] | Unset = UNSET,
        sort_created: BookingsListSortCreated | Literal["asc", "desc"] | Unset = UNSET,
        sort_updated_at: BookingsListSortUpdatedAt | Literal["asc", "desc"] | Unset = UNSET,
        take: int | Unset = 100,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[
        BookingOutput | RecurringBookingOutput | GetSeatedBookingOutput | GetRecurringSeatedBookingOutput
    ]:
        """Get all bookings.

        ``GET /v2/bookings``
        (sent with ``cal-api-version: 2024-08-13``).

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            status (list[BookingsListStatusItem] | Unset):
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
            sort_start (BookingsListSortStart | Unset):
            sort_end (BookingsListSortEnd | Unset):
            sort_created (BookingsListSortCreated | Unset):
            sort_updated_at (BookingsListSortUpdatedAt | Unset):
            take (int | Unset):  Default: 100.
            skip (int | Unset):  Default: 0."""
        from ..api.bookings import bookings_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
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

    async def mark_no_show(
        self,
        booking_uid: str,
        *,
        body: MarkAbsentBookingInput | MarkAbsentBookingInputDict,
        **options: Unpack[RequestOptions],
    ) -> BookingOutput | RecurringBookingOutput:
        """Mark a booking absence.

        ``POST /v2/bookings/{booking_uid}/mark-absent``
        (sent with ``cal-api-version: 2024-08-13``).

        Args:
            booking_uid (str):
            body (MarkAbsentBookingInput):"""
        from ..api.bookings import bookings_mark_no_show as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            booking_uid,
            body=body,
        )

    async def reassign(
        self,
        booking_uid: str,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Reassign a booking to auto-selected host.

        ``POST /v2/bookings/{booking_uid}/reassign``
        (sent with ``cal-api-version: 2024-08-13``).

        Args:
            booking_uid (str):"""
        from ..api.bookings import bookings_reassign as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            booking_uid,
        )

    async def reassign_to_user(
        self,
        booking_uid: str,
        user_id: int,
        *,
        body: ReassignToUserBookingInput | ReassignToUserBookingInputDict,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Reassign a booking to a specific host.

        ``POST /v2/bookings/{booking_uid}/reassign/{user_id}``
        (sent with ``cal-api-version: 2024-08-13``).

        Args:
            booking_uid (str):
            user_id (int):
            body (ReassignToUserBookingInput):"""
        from ..api.bookings import bookings_reassign_to_user as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            booking_uid,
            user_id,
            body=body,
        )

    async def reschedule(
        self,
        booking_uid: str,
        *,
        body: RescheduleBookingInput
        | RescheduleBookingInputDict
        | RescheduleSeatedBookingInput
        | RescheduleSeatedBookingInputDict,
        **options: Unpack[RequestOptions],
    ) -> BookingOutput | RecurringBookingOutput | CreateSeatedBookingOutput | CreateRecurringSeatedBookingOutput:
        """Reschedule a booking.

        ``POST /v2/bookings/{booking_uid}/reschedule``
        (sent with ``cal-api-version: 2024-08-13``).

        Args:
            booking_uid (str):
            body (RescheduleBookingInput | RescheduleSeatedBookingInput):"""
        from ..api.bookings import bookings_reschedule as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            booking_uid,
            body=body,
        )


class BookingsResource(BookingHelpers, BookingsOperations):
    """``cal.bookings``: the generated operations, with ``BookingHelpers``."""
