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
    from ...models.user_webhook_output_dto import UserWebhookOutputDto

    pass

OPERATION: Final = "webhooks.delete"
METHOD: Final = "DELETE"
PATH: Final = "/v2/webhooks/{webhook_id}"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[UserWebhookOutputDto]] = model("user_webhook_output_dto", "UserWebhookOutputDto")


def build_request(
    webhook_id: str,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            webhook_id=path_segment("webhook_id", webhook_id),
        ),
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> UserWebhookOutputDto:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/webhooks/{webhookId}", AUTH, API_VERSION, build_request, parse_result
)
