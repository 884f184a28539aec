# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.conferencing_app_output_response_dto import ConferencingAppOutputResponseDto
from ...models.conferencing_connect_app import ConferencingConnectApp

METHOD = "POST"
PATH = "/v2/conferencing/{app}/connect"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    app: ConferencingConnectApp,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            app=path_segment("app", app),
        ),
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> ConferencingAppOutputResponseDto:
    response_200 = ConferencingAppOutputResponseDto.from_dict(data)

    return response_200


def _parse(data: Any) -> ConferencingAppsOutputDto:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
