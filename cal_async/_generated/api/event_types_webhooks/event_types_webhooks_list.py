# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.event_type_webhooks_output_response_dto import EventTypeWebhooksOutputResponseDto
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/v2/event-types/{event_type_id}/webhooks"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    event_type_id: int,
    *,
    take: int | Unset = 250,
    skip: int | Unset = 0,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["take"] = take

    params["skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            event_type_id=path_segment("event_type_id", event_type_id),
        ),
        "params": params,
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> EventTypeWebhooksOutputResponseDto:
    response_200 = EventTypeWebhooksOutputResponseDto.from_dict(data)

    return response_200


def _parse(data: Any) -> list[EventTypeWebhookOutputDto]:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data


def _parse_page(data: Any) -> tuple[list[EventTypeWebhookOutputDto], Mapping[str, Any] | None]:
    """One page: its items and the server's ``pagination`` object, if it sent one."""
    pagination = data.get("pagination") if isinstance(data, dict) else None
    pagination = pagination if isinstance(pagination, Mapping) else None
    return list(_parse(data)), pagination
