# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.get_bookings_output import GetBookingsOutput
from ...models.orgs_teams_bookings_list_sort_created import OrgsTeamsBookingsListSortCreated
from ...models.orgs_teams_bookings_list_sort_end import OrgsTeamsBookingsListSortEnd
from ...models.orgs_teams_bookings_list_sort_start import OrgsTeamsBookingsListSortStart
from ...models.orgs_teams_bookings_list_status_item import OrgsTeamsBookingsListStatusItem
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/v2/organizations/{org_id}/teams/{team_id}/bookings"
AUTH: tuple[str, ...] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: str | None = None


def _get_kwargs(
    org_id: int,
    team_id: int,
    *,
    status: list[OrgsTeamsBookingsListStatusItem] | Unset = UNSET,
    attendee_email: str | Unset = UNSET,
    attendee_name: str | Unset = UNSET,
    event_type_ids: str | Unset = UNSET,
    event_type_id: str | Unset = UNSET,
    after_start: str | Unset = UNSET,
    before_end: str | Unset = UNSET,
    sort_start: OrgsTeamsBookingsListSortStart | Unset = UNSET,
    sort_end: OrgsTeamsBookingsListSortEnd | Unset = UNSET,
    sort_created: OrgsTeamsBookingsListSortCreated | Unset = UNSET,
    take: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = OrgsTeamsBookingsListStatusItem(status_item_data).value
            json_status.append(status_item)

    params["status"] = json_status

    params["attendeeEmail"] = attendee_email

    params["attendeeName"] = attendee_name

    params["eventTypeIds"] = event_type_ids

    params["eventTypeId"] = event_type_id

    params["afterStart"] = after_start

    params["beforeEnd"] = before_end

    json_sort_start: str | Unset = UNSET
    if not isinstance(sort_start, Unset):
        json_sort_start = OrgsTeamsBookingsListSortStart(sort_start).value

    params["sortStart"] = json_sort_start

    json_sort_end: str | Unset = UNSET
    if not isinstance(sort_end, Unset):
        json_sort_end = OrgsTeamsBookingsListSortEnd(sort_end).value

    params["sortEnd"] = json_sort_end

    json_sort_created: str | Unset = UNSET
    if not isinstance(sort_created, Unset):
        json_sort_created = OrgsTeamsBookingsListSortCreated(sort_created).value

    params["sortCreated"] = json_sort_created

    params["take"] = take

    params["skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            team_id=path_segment("team_id", team_id),
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
