# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal

from cal_async._fields import (
    Decoder,
    list_of,
    model,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment
from cal_async._query_params import query_params
from cal_async._sentinel import UNSET, Unset

from ...models.orgs_teams_bookings_get_references_type import OrgsTeamsBookingsGetReferencesType

if TYPE_CHECKING:
    from ...models.booking_reference import BookingReference

    pass

OPERATION: Final = "orgs.teams.bookings.get_references"
METHOD: Final = "GET"
PATH: Final = "/v2/organizations/{org_id}/teams/{team_id}/bookings/{booking_uid}/references"
AUTH: Final[tuple[str, ...]] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[list[BookingReference]]] = list_of(model("booking_reference", "BookingReference"))


def build_request(
    org_id: int,
    team_id: int,
    booking_uid: str,
    *,
    type_: OrgsTeamsBookingsGetReferencesType
    | Literal["daily_video", "google_calendar", "google_video", "office365_calendar", "office365_video", "zoom_video"]
    | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    params: dict[str, Any] = {}
    if not isinstance(type_, Unset):
        params.update(query_params("type", "type_", type_))
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            team_id=path_segment("team_id", team_id),
            booking_uid=path_segment("booking_uid", booking_uid),
        ),
        "params": params,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> list[BookingReference]:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/teams/{teamId}/bookings/{bookingUid}/references",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
