# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.create_ics_feed_input_dto import CreateIcsFeedInputDto
from ...models.create_ics_feed_output_response_dto import CreateIcsFeedOutputResponseDto
from ...types import Unset

METHOD = "POST"
PATH = "/v2/calendars/ics-feed/save"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    *,
    body: CreateIcsFeedInputDto | Mapping[str, Any],
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


def _parse_envelope(data: Any) -> CreateIcsFeedOutputResponseDto:
    response_201 = CreateIcsFeedOutputResponseDto.from_dict(data)

    return response_201


def _parse(data: Any) -> CreateIcsFeedOutput:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
