# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.o_auth_client_webhook_output_response_dto import OAuthClientWebhookOutputResponseDto

METHOD = "DELETE"
PATH = "/v2/oauth-clients/{client_id}/webhooks/{webhook_id}"
AUTH: tuple[str, ...] = ("x-cal-secret-key",)
API_VERSION: str | None = None


def _get_kwargs(
    client_id: str,
    webhook_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            client_id=path_segment("client_id", client_id),
            webhook_id=path_segment("webhook_id", webhook_id),
        ),
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> OAuthClientWebhookOutputResponseDto:
    response_200 = OAuthClientWebhookOutputResponseDto.from_dict(data)

    return response_200


def _parse(data: Any) -> OAuthClientWebhookOutputDto:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
