"""GENERATED CODE: do not edit. ``bookings`` resource of the Cal.com API."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final, Literal, Unpack

from cal_async._fields import (
    ANY,
    STR,
    list_of,
    model,
    one_of,
)
from cal_async._operation import Operation, PagedOperation, body, path, query
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset
from cal_async.pagination import AsyncPaginator

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


CANCEL: Final[
    Operation[
        BookingOutput
        | RecurringBookingOutput
        | list[RecurringBookingOutput]
        | GetSeatedBookingOutput
        | GetRecurringSeatedBookingOutput
        | list[GetRecurringSeatedBookingOutput]
    ]
] = Operation(
    "bookings",
    "cancel",
    "POST",
    "/v2/bookings/{bookingUid}/cancel",
    (
        path("bookingUid", "booking_uid"),
        body(),
    ),
    one_of(
        model("booking_output", "BookingOutput"),
        model("recurring_booking_output", "RecurringBookingOutput"),
        list_of(model("recurring_booking_output", "RecurringBookingOutput")),
        model("get_seated_booking_output", "GetSeatedBookingOutput"),
        model("get_recurring_seated_booking_output", "GetRecurringSeatedBookingOutput"),
        list_of(model("get_recurring_seated_booking_output", "GetRecurringSeatedBookingOutput")),
    ),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    api_version="2024-08-13",
    operation_id="BookingsController_2024_08_13_cancelBooking",
    summary="Cancel a booking",
)
CONFIRM: Final[
    Operation[
        BookingOutput
        | RecurringBookingOutput
        | list[RecurringBookingOutput]
        | GetSeatedBookingOutput
        | GetRecurringSeatedBookingOutput
        | list[GetRecurringSeatedBookingOutput]
    ]
] = Operation(
    "bookings",
    "confirm",
    "POST",
    "/v2/bookings/{bookingUid}/confirm",
    (path("bookingUid", "booking_uid"),),
    one_of(
        model("booking_output", "BookingOutput"),
        model("recurring_booking_output", "RecurringBookingOutput"),
        list_of(model("recurring_booking_output", "RecurringBookingOutput")),
        model("get_seated_booking_output", "GetSeatedBookingOutput"),
        model("get_recurring_seated_booking_output", "GetRecurringSeatedBookingOutput"),
        list_of(model("get_recurring_seated_booking_output", "GetRecurringSeatedBookingOutput")),
    ),
    auth=("Authorization",),
    api_version="2024-08-13",
    operation_id="BookingsController_2024_08_13_confirmBooking",
    summary="Confirm a booking",
)
CREATE: Final[
    Operation[
        BookingOutput
        | list[RecurringBookingOutput]
        | CreateSeatedBookingOutput
        | list[CreateRecurringSeatedBookingOutput]
    ]
] = Operation(
    "bookings",
    "create",
    "POST",
    "/v2/bookings",
    (body(),),
    one_of(
        model("booking_output", "BookingOutput"),
        list_of(model("recurring_booking_output", "RecurringBookingOutput")),
        model("create_seated_booking_output", "CreateSeatedBookingOutput"),
        list_of(model("create_recurring_seated_booking_output", "CreateRecurringSeatedBookingOutput")),
    ),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    api_version="2024-08-13",
    operation_id="BookingsController_2024_08_13_createBooking",
    summary="Create a booking",
)
DECLINE: Final[
    Operation[
        BookingOutput
        | RecurringBookingOutput
        | list[RecurringBookingOutput]
        | GetSeatedBookingOutput
        | GetRecurringSeatedBookingOutput
        | list[GetRecurringSeatedBookingOutput]
    ]
] = Operation(
    "bookings",
    "decline",
    "POST",
    "/v2/bookings/{bookingUid}/decline",
    (
        path("bookingUid", "booking_uid"),
        body(),
    ),
    one_of(
        model("booking_output", "BookingOutput"),
        model("recurring_booking_output", "RecurringBookingOutput"),
        list_of(model("recurring_booking_output", "RecurringBookingOutput")),
        model("get_seated_booking_output", "GetSeatedBookingOutput"),
        model("get_recurring_seated_booking_output", "GetRecurringSeatedBookingOutput"),
        list_of(model("get_recurring_seated_booking_output", "GetRecurringSeatedBookingOutput")),
    ),
    auth=("Authorization",),
    api_version="2024-08-13",
    operation_id="BookingsController_2024_08_13_declineBooking",
    summary="Decline a booking",
)
GET: Final[
    Operation[
        BookingOutput
        | RecurringBookingOutput
        | list[RecurringBookingOutput]
        | GetSeatedBookingOutput
        | GetRecurringSeatedBookingOutput
        | list[GetRecurringSeatedBookingOutput]
    ]
] = Operation(
    "bookings",
    "get",
    "GET",
    "/v2/bookings/{bookingUid}",
    (path("bookingUid", "booking_uid"),),
    one_of(
        model("booking_output", "BookingOutput"),
        model("recurring_booking_output", "RecurringBookingOutput"),
        list_of(model("recurring_booking_output", "RecurringBookingOutput")),
        model("get_seated_booking_output", "GetSeatedBookingOutput"),
        model("get_recurring_seated_booking_output", "GetRecurringSeatedBookingOutput"),
        list_of(model("get_recurring_seated_booking_output", "GetRecurringSeatedBookingOutput")),
    ),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    api_version="2024-08-13",
    operation_id="BookingsController_2024_08_13_getBooking",
    summary="Get a booking",
)
GET_CALENDAR_LINKS: Final[Operation[list[CalendarLink]]] = Operation(
    "bookings",
    "get_calendar_links",
    "GET",
    "/v2/bookings/{bookingUid}/calendar-links",
    (path("bookingUid", "booking_uid"),),
    list_of(model("calendar_link", "CalendarLink")),
    auth=("Authorization",),
    api_version="2024-08-13",
    operation_id="BookingsController_2024_08_13_getCalendarLinks",
    summary="Get \u0027Add to Calendar\u0027 links for a booking",
)
GET_RECORDINGS: Final[Operation[list[RecordingItem]]] = Operation(
    "bookings",
    "get_recordings",
    "GET",
    "/v2/bookings/{bookingUid}/recordings",
    (path("bookingUid", "booking_uid"),),
    list_of(model("recording_item", "RecordingItem")),
    api_version="2024-08-13",
    operation_id="BookingsController_2024_08_13_getBookingRecordings",
    summary="Get all the recordings for the booking",
)
GET_REFERENCES: Final[Operation[list[BookingReference]]] = Operation(
    "bookings",
    "get_references",
    "GET",
    "/v2/bookings/{bookingUid}/references",
    (
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
    auth=("Authorization",),
    api_version="2024-08-13",
    operation_id="BookingsController_2024_08_13_getBookingReferences",
    summary="Get booking references",
)
GET_TRANSCRIPTS: Final[Operation[list[str]]] = Operation(
    "bookings",
    "get_transcripts",
    "GET",
    "/v2/bookings/{bookingUid}/transcripts",
    (path("bookingUid", "booking_uid"),),
    list_of(STR),
    api_version="2024-08-13",
    operation_id="BookingsController_2024_08_13_getBookingTranscripts",
    summary="Get all the transcripts download links for the booking",
)
LIST: Final[
    PagedOperation[BookingOutput | RecurringBookingOutput | GetSeatedBookingOutput | GetRecurringSeatedBookingOutput]
] = PagedOperation(
    "bookings",
    "list",
    "GET",
    "/v2/bookings",
    (
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
    one_of(
        model("booking_output", "BookingOutput"),
        model("recurring_booking_output", "RecurringBookingOutput"),
        model("get_seated_booking_output", "GetSeatedBookingOutput"),
        model("get_recurring_seated_booking_output", "GetRecurringSeatedBookingOutput"),
    ),
    auth=("Authorization",),
    api_version="2024-08-13",
    operation_id="BookingsController_2024_08_13_getBookings",
    summary="Get all bookings",
    offset="skip",
    limit="take",
    default_limit=100,
)
MARK_NO_SHOW: Final[Operation[BookingOutput | RecurringBookingOutput]] = Operation(
    "bookings",
    "mark_no_show",
    "POST",
    "/v2/bookings/{bookingUid}/mark-absent",
    (
        path("bookingUid", "booking_uid"),
        body(),
    ),
    one_of(model("booking_output", "BookingOutput"), model("recurring_booking_output", "RecurringBookingOutput")),
    auth=("Authorization",),
    api_version="2024-08-13",
    operation_id="BookingsController_2024_08_13_markNoShow",
    summary="Mark a booking absence",
)
REASSIGN: Final[Operation[Any]] = Operation(
    "bookings",
    "reassign",
    "POST",
    "/v2/bookings/{bookingUid}/reassign",
    (path("bookingUid", "booking_uid"),),
    ANY,
    auth=("Authorization",),
    api_version="2024-08-13",
    operation_id="BookingsController_2024_08_13_reassignBooking",
    summary="Reassign a booking to auto-selected host",
)
REASSIGN_TO_USER: Final[Operation[Any]] = Operation(
    "bookings",
    "reassign_to_user",
    "POST",
    "/v2/bookings/{bookingUid}/reassign/{userId}",
    (
        path("bookingUid", "booking_uid"),
        path("userId", "user_id"),
        body(),
    ),
    ANY,
    auth=("Authorization",),
    api_version="2024-08-13",
    operation_id="BookingsController_2024_08_13_reassignBookingToUser",
    summary="Reassign a booking to a specific host",
)
RESCHEDULE: Final[
    Operation[BookingOutput | RecurringBookingOutput | CreateSeatedBookingOutput | CreateRecurringSeatedBookingOutput]
] = Operation(
    "bookings",
    "reschedule",
    "POST",
    "/v2/bookings/{bookingUid}/reschedule",
    (
        path("bookingUid", "booking_uid"),
        body(),
    ),
    one_of(
        model("booking_output", "BookingOutput"),
        model("recurring_booking_output", "RecurringBookingOutput"),
        model("create_seated_booking_output", "CreateSeatedBookingOutput"),
        model("create_recurring_seated_booking_output", "CreateRecurringSeatedBookingOutput"),
    ),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    api_version="2024-08-13",
    operation_id="BookingsController_2024_08_13_rescheduleBooking",
    summary="Reschedule a booking",
)


class BookingsResource(APIResource):
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

        ``POST /v2/bookings/{bookingUid}/cancel``
        (sent with ``cal-api-version: 2024-08-13``)."""
        return await self._run(CANCEL, options, booking_uid, body)

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

        ``POST /v2/bookings/{bookingUid}/confirm``
        (sent with ``cal-api-version: 2024-08-13``)."""
        return await self._run(CONFIRM, options, booking_uid)

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
        (sent with ``cal-api-version: 2024-08-13``)."""
        return await self._run(CREATE, options, body)

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

        ``POST /v2/bookings/{bookingUid}/decline``
        (sent with ``cal-api-version: 2024-08-13``)."""
        return await self._run(DECLINE, options, booking_uid, body)

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

        ``GET /v2/bookings/{bookingUid}``
        (sent with ``cal-api-version: 2024-08-13``)."""
        return await self._run(GET, options, booking_uid)

    async def get_calendar_links(
        self,
        booking_uid: str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[CalendarLink]:
        """Get 'Add to Calendar' links for a booking.

        ``GET /v2/bookings/{bookingUid}/calendar-links``
        (sent with ``cal-api-version: 2024-08-13``)."""
        return await self._run(GET_CALENDAR_LINKS, options, booking_uid)

    async def get_recordings(
        self,
        booking_uid: str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[RecordingItem]:
        """Get all the recordings for the booking.

        ``GET /v2/bookings/{bookingUid}/recordings``
        (sent with ``cal-api-version: 2024-08-13``)."""
        return await self._run(GET_RECORDINGS, options, booking_uid)

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

        ``GET /v2/bookings/{bookingUid}/references``
        (sent with ``cal-api-version: 2024-08-13``).

        Args:
            booking_uid:
            type_: Filter booking references by type"""
        return await self._run(GET_REFERENCES, options, booking_uid, type_)

    async def get_transcripts(
        self,
        booking_uid: str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[str]:
        """Get all the transcripts download links for the booking.

        ``GET /v2/bookings/{bookingUid}/transcripts``
        (sent with ``cal-api-version: 2024-08-13``)."""
        return await self._run(GET_TRANSCRIPTS, options, booking_uid)

    def list(
        self,
        *,
        status: BookingsListStatusItem
        | Literal["cancelled", "past", "recurring", "unconfirmed", "upcoming"]
        | Sequence[BookingsListStatusItem | Literal["cancelled", "past", "recurring", "unconfirmed", "upcoming"]]
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

    async def mark_no_show(
        self,
        booking_uid: str,
        *,
        body: MarkAbsentBookingInput | MarkAbsentBookingInputDict,
        **options: Unpack[RequestOptions],
    ) -> BookingOutput | RecurringBookingOutput:
        """Mark a booking absence.

        ``POST /v2/bookings/{bookingUid}/mark-absent``
        (sent with ``cal-api-version: 2024-08-13``)."""
        return await self._run(MARK_NO_SHOW, options, booking_uid, body)

    async def reassign(
        self,
        booking_uid: str,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Reassign a booking to auto-selected host.

        ``POST /v2/bookings/{bookingUid}/reassign``
        (sent with ``cal-api-version: 2024-08-13``)."""
        return await self._run(REASSIGN, options, booking_uid)

    async def reassign_to_user(
        self,
        booking_uid: str,
        user_id: int,
        *,
        body: ReassignToUserBookingInput | ReassignToUserBookingInputDict,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Reassign a booking to a specific host.

        ``POST /v2/bookings/{bookingUid}/reassign/{userId}``
        (sent with ``cal-api-version: 2024-08-13``)."""
        return await self._run(REASSIGN_TO_USER, options, booking_uid, user_id, body)

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

        ``POST /v2/bookings/{bookingUid}/reschedule``
        (sent with ``cal-api-version: 2024-08-13``)."""
        return await self._run(RESCHEDULE, options, booking_uid, body)
