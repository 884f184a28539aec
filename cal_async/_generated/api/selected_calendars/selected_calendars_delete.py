# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.selected_calendar_output_response_dto import SelectedCalendarOutputResponseDto
from ...types import UNSET, Unset

METHOD = "DELETE"
PATH = "/v2/selected-calendars"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    *,
    integration: str,
    external_id: str,
    credential_id: str,
    delegation_credential_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["integration"] = integration

    params["externalId"] = external_id

    params["credentialId"] = credential_id

    params["delegationCredentialId"] = delegation_credential_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> SelectedCalendarOutputResponseDto:
    response_200 = SelectedCalendarOutputResponseDto.from_dict(data)

    return response_200


def _parse(data: Any) -> SelectedCalendarOutputDto:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
