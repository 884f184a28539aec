# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.destination_calendars_input_body_dto import DestinationCalendarsInputBodyDto
from ...models.destination_calendars_output_response_dto import DestinationCalendarsOutputResponseDto
from ...types import Unset

METHOD = "PUT"
PATH = "/v2/destination-calendars"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    *,
    body: DestinationCalendarsInputBodyDto | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

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


def _parse_envelope(data: Any) -> DestinationCalendarsOutputResponseDto:
    response_200 = DestinationCalendarsOutputResponseDto.from_dict(data)

    return response_200


def _parse(data: Any) -> DestinationCalendarsOutputDto:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
