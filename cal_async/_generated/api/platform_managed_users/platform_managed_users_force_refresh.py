# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.keys_response_dto import KeysResponseDto

METHOD = "POST"
PATH = "/v2/oauth-clients/{client_id}/users/{user_id}/force-refresh"
AUTH: tuple[str, ...] = ("x-cal-secret-key",)
API_VERSION: str | None = None


def _get_kwargs(
    client_id: str,
    user_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            client_id=path_segment("client_id", client_id),
            user_id=path_segment("user_id", user_id),
        ),
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> KeysResponseDto:
    response_200 = KeysResponseDto.from_dict(data)

    return response_200


def _parse(data: Any) -> KeysDto:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
