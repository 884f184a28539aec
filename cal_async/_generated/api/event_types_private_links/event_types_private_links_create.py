# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.create_private_link_input import CreatePrivateLinkInput
from ...models.create_private_link_output import CreatePrivateLinkOutput
from ...types import Unset

METHOD = "POST"
PATH = "/v2/event-types/{event_type_id}/private-links"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    event_type_id: int,
    *,
    body: CreatePrivateLinkInput | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            event_type_id=path_segment("event_type_id", event_type_id),
        ),
        "headers": headers,
    }
    if isinstance(body, Mapping):
        _kwargs["json"] = dict(body)
    elif not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()
    return _kwargs


def _parse_envelope(data: Any) -> CreatePrivateLinkOutput:
    response_201 = CreatePrivateLinkOutput.from_dict(data)

    return response_201


def _parse(data: Any) -> TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
