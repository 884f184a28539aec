# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.create_o_auth_client_input import CreateOAuthClientInput
from ...models.create_o_auth_client_response_dto import CreateOAuthClientResponseDto
from ...types import Unset

METHOD = "POST"
PATH = "/v2/oauth-clients"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    *,
    body: CreateOAuthClientInput | Mapping[str, Any],
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


def _parse_envelope(data: Any) -> CreateOAuthClientResponseDto:
    response_201 = CreateOAuthClientResponseDto.from_dict(data)

    return response_201


def _parse(data: Any) -> CreateOAuthClientOutput:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
