# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
    one_of,
)
from cal_async._operation import decode_result
from cal_async._query_params import query_value
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from ...models.default_format_or_with_formattime import DefaultFormatOrWithFormattime
    from ...models.range_format_when_formatrange import RangeFormatWhenFormatrange

    pass

OPERATION: Final = "slots.get"
METHOD: Final = "GET"
PATH: Final = "/v2/slots"
AUTH: Final[tuple[str, ...]] = ()
API_VERSION: Final[str | None] = "2024-09-04"
RESULT: Final[Decoder[DefaultFormatOrWithFormattime | RangeFormatWhenFormatrange]] = one_of(
    model("default_format_or_with_formattime", "DefaultFormatOrWithFormattime"),
    model("range_format_when_formatrange", "RangeFormatWhenFormatrange"),
)


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
        params["bookingUidToReschedule"] = query_value("booking_uid_to_reschedule", booking_uid_to_reschedule)
    params["start"] = query_value("start", start)
    params["end"] = query_value("end", end)
    if not isinstance(organization_slug, Unset):
        params["organizationSlug"] = query_value("organization_slug", organization_slug)
    if not isinstance(team_slug, Unset):
        params["teamSlug"] = query_value("team_slug", team_slug)
    if not isinstance(username, Unset):
        params["username"] = query_value("username", username)
    if not isinstance(event_type_slug, Unset):
        params["eventTypeSlug"] = query_value("event_type_slug", event_type_slug)
    if not isinstance(event_type_id, Unset):
        params["eventTypeId"] = query_value("event_type_id", event_type_id)
    if not isinstance(usernames, Unset):
        params["usernames"] = query_value("usernames", usernames)
    if not isinstance(format_, Unset):
        params["format"] = query_value("format_", format_)
    if not isinstance(duration, Unset):
        params["duration"] = query_value("duration", duration)
    if not isinstance(time_zone, Unset):
        params["timeZone"] = query_value("time_zone", time_zone)
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> DefaultFormatOrWithFormattime | RangeFormatWhenFormatrange:
    return decode_result(OPERATION, data, RESULT, enveloped=False)
