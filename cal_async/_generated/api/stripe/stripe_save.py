# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.strip_credentials_save_output_response_dto import StripCredentialsSaveOutputResponseDto
from ...types import UNSET

METHOD = "GET"
PATH = "/v2/stripe/save"
AUTH: tuple[str, ...] = ()
API_VERSION: str | None = None


def _get_kwargs(
    *,
    state: str,
    code: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["state"] = state

    params["code"] = code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> StripCredentialsSaveOutputResponseDto:
    response_200 = StripCredentialsSaveOutputResponseDto.from_dict(data)

    return response_200


def _parse(data: Any) -> StripCredentialsSaveOutputResponseDto:
    return _parse_envelope(data)
