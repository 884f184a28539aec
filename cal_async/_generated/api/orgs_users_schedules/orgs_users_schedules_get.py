# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

if TYPE_CHECKING:
    from ...models.schedule_output import ScheduleOutput

    pass

OPERATION: Final = "orgs.users.schedules.get"
METHOD: Final = "GET"
PATH: Final = "/v2/organizations/{org_id}/users/{user_id}/schedules/{schedule_id}"
AUTH: Final[tuple[str, ...]] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[ScheduleOutput]] = model("schedule_output", "ScheduleOutput")


def build_request(
    org_id: int,
    user_id: int,
    schedule_id: int,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            user_id=path_segment("user_id", user_id),
            schedule_id=path_segment("schedule_id", schedule_id),
        ),
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> ScheduleOutput:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/users/{userId}/schedules/{scheduleId}",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
