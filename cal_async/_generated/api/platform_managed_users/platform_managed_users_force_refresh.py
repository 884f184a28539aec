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
    from ...models.keys_dto import KeysDto

    pass

OPERATION: Final = "platform.managed_users.force_refresh"
METHOD: Final = "POST"
PATH: Final = "/v2/oauth-clients/{client_id}/users/{user_id}/force-refresh"
AUTH: Final[tuple[str, ...]] = ("x-cal-secret-key",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[KeysDto]] = model("keys_dto", "KeysDto")


def build_request(
    client_id: str,
    user_id: int,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            client_id=path_segment("client_id", client_id),
            user_id=path_segment("user_id", user_id),
        ),
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> KeysDto:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/oauth-clients/{clientId}/users/{userId}/force-refresh",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
