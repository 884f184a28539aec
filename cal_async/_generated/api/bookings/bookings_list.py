# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Literal

from cal_async._fields import (
    Decoder,
    list_of,
    model,
    one_of,
)
from cal_async._operation import PagedOperation, decode_page, decode_result
from cal_async._query_params import query_params
from cal_async._sentinel import UNSET, Unset

from ...models.bookings_list_sort_created import BookingsListSortCreated
from ...models.bookings_list_sort_end import BookingsListSortEnd
from ...models.bookings_list_sort_start import BookingsListSortStart
from ...models.bookings_list_sort_updated_at import BookingsListSortUpdatedAt
from ...models.bookings_list_status_item import BookingsListStatusItem

if TYPE_CHECKING:
    from ...models.booking_output import BookingOutput
    from ...models.get_recurring_seated_booking_output import GetRecurringSeatedBookingOutput
    from ...models.get_seated_booking_output import GetSeatedBookingOutput
    from ...models.recurring_booking_output import RecurringBookingOutput

    pass

OPERATION: Final = "bookings.list"
METHOD: Final = "GET"
PATH: Final = "/v2/bookings"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = "2024-08-13"
RESULT: Final[
    Decoder[list[BookingOutput | RecurringBookingOutput | GetSeatedBookingOutput | GetRecurringSeatedBookingOutput]]
] = list_of(
    one_of(
        model("booking_output", "BookingOutput"),
        model("recurring_booking_output", "RecurringBookingOutput"),
        model("get_seated_booking_output", "GetSeatedBookingOutput"),
        model("get_recurring_seated_booking_output", "GetRecurringSeatedBookingOutput"),
    )
)
ITEM: Final[
    Decoder[BookingOutput | RecurringBookingOutput | GetSeatedBookingOutput | GetRecurringSeatedBookingOutput]
] = one_of(
    model("booking_output", "BookingOutput"),
    model("recurring_booking_output", "RecurringBookingOutput"),
    model("get_seated_booking_output", "GetSeatedBookingOutput"),
    model("get_recurring_seated_booking_output", "GetRecurringSeatedBookingOutput"),
)


def build_request(
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
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["cal-api-version"] = "2024-08-13"
    params: dict[str, Any] = {}
    if not isinstance(status, Unset):
        params.update(query_params("status", "status", status))
    if not isinstance(attendee_email, Unset):
        params.update(query_params("attendeeEmail", "attendee_email", attendee_email))
    if not isinstance(attendee_name, Unset):
        params.update(query_params("attendeeName", "attendee_name", attendee_name))
    if not isinstance(booking_uid, Unset):
        params.update(query_params("bookingUid", "booking_uid", booking_uid))
    if not isinstance(event_type_ids, Unset):
        params.update(query_params("eventTypeIds", "event_type_ids", event_type_ids))
    if not isinstance(event_type_id, Unset):
        params.update(query_params("eventTypeId", "event_type_id", event_type_id))
    if not isinstance(teams_ids, Unset):
        params.update(query_params("teamsIds", "teams_ids", teams_ids))
    if not isinstance(team_id, Unset):
        params.update(query_params("teamId", "team_id", team_id))
    if not isinstance(after_start, Unset):
        params.update(query_params("afterStart", "after_start", after_start))
    if not isinstance(before_end, Unset):
        params.update(query_params("beforeEnd", "before_end", before_end))
    if not isinstance(after_created_at, Unset):
        params.update(query_params("afterCreatedAt", "after_created_at", after_created_at))
    if not isinstance(before_created_at, Unset):
        params.update(query_params("beforeCreatedAt", "before_created_at", before_created_at))
    if not isinstance(after_updated_at, Unset):
        params.update(query_params("afterUpdatedAt", "after_updated_at", after_updated_at))
    if not isinstance(before_updated_at, Unset):
        params.update(query_params("beforeUpdatedAt", "before_updated_at", before_updated_at))
    if not isinstance(sort_start, Unset):
        params.update(query_params("sortStart", "sort_start", sort_start))
    if not isinstance(sort_end, Unset):
        params.update(query_params("sortEnd", "sort_end", sort_end))
    if not isinstance(sort_created, Unset):
        params.update(query_params("sortCreated", "sort_created", sort_created))
    if not isinstance(sort_updated_at, Unset):
        params.update(query_params("sortUpdatedAt", "sort_updated_at", sort_updated_at))
    if not isinstance(take, Unset):
        params.update(query_params("take", "take", take))
    if not isinstance(skip, Unset):
        params.update(query_params("skip", "skip", skip))
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
        "headers": headers,
    }
    return kwargs


def parse_result(
    data: Any,
) -> list[BookingOutput | RecurringBookingOutput | GetSeatedBookingOutput | GetRecurringSeatedBookingOutput]:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


def parse_page(
    data: Any,
) -> tuple[
    list[BookingOutput | RecurringBookingOutput | GetSeatedBookingOutput | GetRecurringSeatedBookingOutput],
    Mapping[str, Any] | None,
]:
    """One page: its items and the server's ``pagination`` object, if it sent one."""
    return decode_page(OPERATION, data, ITEM, single=False)


ENDPOINT: Final = PagedOperation(
    OPERATION,
    METHOD,
    "/v2/bookings",
    AUTH,
    API_VERSION,
    build_request,
    parse_page,
    offset="skip",
    limit="take",
    default_limit=100,
)
