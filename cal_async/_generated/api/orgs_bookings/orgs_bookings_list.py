# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.get_bookings_output import GetBookingsOutput
from ...models.orgs_bookings_list_sort_created import OrgsBookingsListSortCreated
from ...models.orgs_bookings_list_sort_end import OrgsBookingsListSortEnd
from ...models.orgs_bookings_list_sort_start import OrgsBookingsListSortStart
from ...models.orgs_bookings_list_sort_updated_at import OrgsBookingsListSortUpdatedAt
from ...models.orgs_bookings_list_status_item import OrgsBookingsListStatusItem
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/v2/organizations/{org_id}/bookings"
AUTH: tuple[str, ...] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: str | None = None


def _get_kwargs(
    org_id: int,
    *,
    status: list[OrgsBookingsListStatusItem] | Unset = UNSET,
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
    sort_start: OrgsBookingsListSortStart | Unset = UNSET,
    sort_end: OrgsBookingsListSortEnd | Unset = UNSET,
    sort_created: OrgsBookingsListSortCreated | Unset = UNSET,
    sort_updated_at: OrgsBookingsListSortUpdatedAt | Unset = UNSET,
    take: int | Unset = 100,
    skip: int | Unset = 0,
    user_ids: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = OrgsBookingsListStatusItem(status_item_data).value
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
        json_sort_start = OrgsBookingsListSortStart(sort_start).value

    params["sortStart"] = json_sort_start

    json_sort_end: str | Unset = UNSET
    if not isinstance(sort_end, Unset):
        json_sort_end = OrgsBookingsListSortEnd(sort_end).value

    params["sortEnd"] = json_sort_end

    json_sort_created: str | Unset = UNSET
    if not isinstance(sort_created, Unset):
        json_sort_created = OrgsBookingsListSortCreated(sort_created).value

    params["sortCreated"] = json_sort_created

    json_sort_updated_at: str | Unset = UNSET
    if not isinstance(sort_updated_at, Unset):
        json_sort_updated_at = OrgsBookingsListSortUpdatedAt(sort_updated_at).value

    params["sortUpdatedAt"] = json_sort_updated_at

    params["take"] = take

    params["skip"] = skip

    params["userIds"] = user_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
        ),
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
