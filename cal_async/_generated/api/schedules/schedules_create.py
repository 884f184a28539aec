# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.create_schedule_input import CreateScheduleInput
from ...models.create_schedule_output import CreateScheduleOutput
from ...types import Unset

METHOD = "POST"
PATH = "/v2/schedules"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = "2024-06-11"


def _get_kwargs(
    *,
    body: CreateScheduleInput | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["cal-api-version"] = API_VERSION

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "headers": headers,
    }
    if isinstance(body, Mapping):
        _kwargs["json"] = dict(body)
    elif not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()
    return _kwargs


def _parse_envelope(data: Any) -> CreateScheduleOutput:
    response_201 = CreateScheduleOutput.from_dict(data)

    return response_201


def _parse(data: Any) -> ScheduleOutput20240611:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
