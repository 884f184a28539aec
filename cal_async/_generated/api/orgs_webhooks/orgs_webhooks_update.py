# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._models import to_json
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

if TYPE_CHECKING:
    from ...models.team_webhook_output_dto import TeamWebhookOutputDto
    from ...models.update_webhook_input_dto import UpdateWebhookInputDto, UpdateWebhookInputDtoDict

    pass

OPERATION: Final = "orgs.webhooks.update"
METHOD: Final = "PATCH"
PATH: Final = "/v2/organizations/{org_id}/webhooks/{webhook_id}"
AUTH: Final[tuple[str, ...]] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[TeamWebhookOutputDto]] = model("team_webhook_output_dto", "TeamWebhookOutputDto")


def build_request(
    org_id: int,
    webhook_id: str,
    *,
    body: UpdateWebhookInputDto | UpdateWebhookInputDtoDict,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            webhook_id=path_segment("webhook_id", webhook_id),
        ),
        "headers": headers,
    }
    kwargs["json"] = to_json(body, what="body")
    return kwargs


def parse_result(data: Any) -> TeamWebhookOutputDto:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/organizations/{orgId}/webhooks/{webhookId}", AUTH, API_VERSION, build_request, parse_result
)
