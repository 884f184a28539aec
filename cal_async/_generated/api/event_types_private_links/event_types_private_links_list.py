# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.get_private_links_output import GetPrivateLinksOutput

METHOD = "GET"
PATH = "/v2/event-types/{event_type_id}/private-links"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    event_type_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            event_type_id=path_segment("event_type_id", event_type_id),
        ),
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> GetPrivateLinksOutput:
    response_200 = GetPrivateLinksOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> list[TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput]:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
