# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.delete_schedule_output import DeleteScheduleOutput

METHOD = "DELETE"
PATH = "/v2/schedules/{schedule_id}"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = "2024-06-11"


def _get_kwargs(
    schedule_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["cal-api-version"] = API_VERSION

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
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
