# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

if TYPE_CHECKING:
    from ...models.o_auth_client_webhook_output_dto import OAuthClientWebhookOutputDto

    pass

OPERATION: Final = "platform.webhooks.get"
METHOD: Final = "GET"
PATH: Final = "/v2/oauth-clients/{client_id}/webhooks/{webhook_id}"
AUTH: Final[tuple[str, ...]] = ("x-cal-secret-key",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[OAuthClientWebhookOutputDto]] = model(
    "o_auth_client_webhook_output_dto", "OAuthClientWebhookOutputDto"
)


def build_request(
    client_id: str,
    webhook_id: str,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            client_id=path_segment("client_id", client_id),
            webhook_id=path_segment("webhook_id", webhook_id),
        ),
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> OAuthClientWebhookOutputDto:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/oauth-clients/{clientId}/webhooks/{webhookId}",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
