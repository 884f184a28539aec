# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.get_schedule_output import GetScheduleOutput

METHOD = "GET"
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


def _parse_envelope(data: Any) -> GetScheduleOutput:
    response_200 = GetScheduleOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> None | ScheduleOutput20240611:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
