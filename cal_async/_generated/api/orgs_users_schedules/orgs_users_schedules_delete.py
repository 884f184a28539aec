# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.delete_schedule_output import DeleteScheduleOutput

METHOD = "DELETE"
PATH = "/v2/organizations/{org_id}/users/{user_id}/schedules/{schedule_id}"
AUTH: tuple[str, ...] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: str | None = None


def _get_kwargs(
    org_id: int,
    user_id: int,
    schedule_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            user_id=path_segment("user_id", user_id),
            schedule_id=path_segment("schedule_id", schedule_id),
        ),
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> DeleteScheduleOutput:
    response_200 = DeleteScheduleOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> DeleteScheduleOutput:
    return _parse_envelope(data)
