# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    dict_of,
    list_of,
    model,
)
from cal_async._operation import Operation, decode_result
from cal_async._query_params import query_params
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from ...models.available_slot import AvailableSlot

    pass

OPERATION: Final = "slots.get"
METHOD: Final = "GET"
PATH: Final = "/v2/slots"
AUTH: Final[tuple[str, ...]] = ()
API_VERSION: Final[str | None] = "2024-09-04"
RESULT: Final[Decoder[dict[str, list[AvailableSlot]]]] = dict_of(list_of(model("available_slot", "AvailableSlot")))


def build_request(
    *,
    start: datetime.datetime,
    end: datetime.datetime,
    booking_uid_to_reschedule: str | Unset = UNSET,
    organization_slug: str | Unset = UNSET,
    team_slug: str | Unset = UNSET,
    username: str | Unset = UNSET,
    event_type_slug: str | Unset = UNSET,
    event_type_id: int | Unset = UNSET,
    usernames: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    duration: int | Unset = UNSET,
    time_zone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["cal-api-version"] = "2024-09-04"
    params: dict[str, Any] = {}
    if not isinstance(booking_uid_to_reschedule, Unset):
        params.update(query_params("bookingUidToReschedule", "booking_uid_to_reschedule", booking_uid_to_reschedule))
    params.update(query_params("start", "start", start))
    params.update(query_params("end", "end", end))
    if not isinstance(organization_slug, Unset):
        params.update(query_params("organizationSlug", "organization_slug", organization_slug))
    if not isinstance(team_slug, Unset):
        params.update(query_params("teamSlug", "team_slug", team_slug))
    if not isinstance(username, Unset):
        params.update(query_params("username", "username", username))
    if not isinstance(event_type_slug, Unset):
        params.update(query_params("eventTypeSlug", "event_type_slug", event_type_slug))
    if not isinstance(event_type_id, Unset):
        params.update(query_params("eventTypeId", "event_type_id", event_type_id))
    if not isinstance(usernames, Unset):
        params.update(query_params("usernames", "usernames", usernames))
    if not isinstance(format_, Unset):
        params.update(query_params("format", "format_", format_))
    if not isinstance(duration, Unset):
        params.update(query_params("duration", "duration", duration))
    if not isinstance(time_zone, Unset):
        params.update(query_params("timeZone", "time_zone", time_zone))
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> dict[str, list[AvailableSlot]]:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(OPERATION, METHOD, "/v2/slots", AUTH, API_VERSION, build_request, parse_result)
