# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.update_schedule_input import UpdateScheduleInput
from ...models.update_schedule_output import UpdateScheduleOutput
from ...types import Unset

METHOD = "PATCH"
PATH = "/v2/schedules/{schedule_id}"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = "2024-06-11"


def _get_kwargs(
    schedule_id: str,
    *,
    body: UpdateScheduleInput | Mapping[str, Any],
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
    if isinstance(body, Mapping):
        _kwargs["json"] = dict(body)
    elif not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()
    return _kwargs


def _parse_envelope(data: Any) -> UpdateScheduleOutput:
    response_200 = UpdateScheduleOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> ScheduleOutput20240611:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
