# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.default_format_or_with_formattime import DefaultFormatOrWithFormattime
from ...models.range_format_when_formatrange import RangeFormatWhenFormatrange
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/v2/slots"
AUTH: tuple[str, ...] = ()
API_VERSION: str | None = "2024-09-04"


def _get_kwargs(
    *,
    booking_uid_to_reschedule: str | Unset = UNSET,
    start: str,
    end: str,
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
    headers: dict[str, Any] = {}
    headers["cal-api-version"] = API_VERSION

    params: dict[str, Any] = {}

    params["bookingUidToReschedule"] = booking_uid_to_reschedule

    params["start"] = start

    params["end"] = end

    params["organizationSlug"] = organization_slug

    params["teamSlug"] = team_slug

    params["username"] = username

    params["eventTypeSlug"] = event_type_slug

    params["eventTypeId"] = event_type_id

    params["usernames"] = usernames

    params["format"] = format_

    params["duration"] = duration

    params["timeZone"] = time_zone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> DefaultFormatOrWithFormattime | RangeFormatWhenFormatrange:
    def _parse_response_200(data: object) -> DefaultFormatOrWithFormattime | RangeFormatWhenFormatrange:
        try:
            if not DefaultFormatOrWithFormattime._matches(data):
                raise TypeError()
            response_200_default_format_or_with_formattime = DefaultFormatOrWithFormattime.from_dict(data)

            return response_200_default_format_or_with_formattime
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not RangeFormatWhenFormatrange._matches(data):
                raise TypeError()
            response_200_range_format_when_formatrange = RangeFormatWhenFormatrange.from_dict(data)

            return response_200_range_format_when_formatrange
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(DefaultFormatOrWithFormattime | RangeFormatWhenFormatrange, data)

    response_200 = _parse_response_200(data)

    return response_200


def _parse(data: Any) -> DefaultFormatOrWithFormattime | RangeFormatWhenFormatrange:
    return _parse_envelope(data)
