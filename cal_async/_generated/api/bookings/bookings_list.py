# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.bookings_list_sort_created import BookingsListSortCreated
from ...models.bookings_list_sort_end import BookingsListSortEnd
from ...models.bookings_list_sort_start import BookingsListSortStart
from ...models.bookings_list_sort_updated_at import BookingsListSortUpdatedAt
from ...models.bookings_list_status_item import BookingsListStatusItem
from ...models.get_bookings_output import GetBookingsOutput
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/v2/bookings"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = "2024-08-13"


def _get_kwargs(
    *,
    status: list[BookingsListStatusItem] | Unset = UNSET,
    attendee_email: str | Unset = UNSET,
    attendee_name: str | Unset = UNSET,
    booking_uid: str | Unset = UNSET,
    event_type_ids: str | Unset = UNSET,
    event_type_id: str | Unset = UNSET,
    teams_ids: str | Unset = UNSET,
    team_id: str | Unset = UNSET,
    after_start: str | Unset = UNSET,
    before_end: str | Unset = UNSET,
    after_created_at: str | Unset = UNSET,
    before_created_at: str | Unset = UNSET,
    after_updated_at: str | Unset = UNSET,
    before_updated_at: str | Unset = UNSET,
    sort_start: BookingsListSortStart | Unset = UNSET,
    sort_end: BookingsListSortEnd | Unset = UNSET,
    sort_created: BookingsListSortCreated | Unset = UNSET,
    sort_updated_at: BookingsListSortUpdatedAt | Unset = UNSET,
    take: int | Unset = 100,
    skip: int | Unset = 0,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["cal-api-version"] = API_VERSION

    params: dict[str, Any] = {}

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = BookingsListStatusItem(status_item_data).value
            json_status.append(status_item)

    params["status"] = json_status

    params["attendeeEmail"] = attendee_email

    params["attendeeName"] = attendee_name

    params["bookingUid"] = booking_uid

    params["eventTypeIds"] = event_type_ids

    params["eventTypeId"] = event_type_id

    params["teamsIds"] = teams_ids

    params["teamId"] = team_id

    params["afterStart"] = after_start

    params["beforeEnd"] = before_end

    params["afterCreatedAt"] = after_created_at

    params["beforeCreatedAt"] = before_created_at

    params["afterUpdatedAt"] = after_updated_at

    params["beforeUpdatedAt"] = before_updated_at

    json_sort_start: str | Unset = UNSET
    if not isinstance(sort_start, Unset):
        json_sort_start = BookingsListSortStart(sort_start).value

    params["sortStart"] = json_sort_start

    json_sort_end: str | Unset = UNSET
    if not isinstance(sort_end, Unset):
        json_sort_end = BookingsListSortEnd(sort_end).value

    params["sortEnd"] = json_sort_end

    json_sort_created: str | Unset = UNSET
    if not isinstance(sort_created, Unset):
        json_sort_created = BookingsListSortCreated(sort_created).value

    params["sortCreated"] = json_sort_created

    json_sort_updated_at: str | Unset = UNSET
    if not isinstance(sort_updated_at, Unset):
        json_sort_updated_at = BookingsListSortUpdatedAt(sort_updated_at).value

    params["sortUpdatedAt"] = json_sort_updated_at

    params["take"] = take

    params["skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> GetBookingsOutput:
    response_200 = GetBookingsOutput.from_dict(data)

    return response_200


def _parse(
    data: Any,
) -> list[BookingOutput | GetRecurringSeatedBookingOutput | GetSeatedBookingOutput | RecurringBookingOutput]:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data


def _parse_page(
    data: Any,
) -> tuple[
    list[BookingOutput | GetRecurringSeatedBookingOutput | GetSeatedBookingOutput | RecurringBookingOutput],
    Mapping[str, Any] | None,
]:
    """One page: its items and the server's ``pagination`` object, if it sent one."""
    pagination = data.get("pagination") if isinstance(data, dict) else None
    pagination = pagination if isinstance(pagination, Mapping) else None
    return list(_parse(data)), pagination
