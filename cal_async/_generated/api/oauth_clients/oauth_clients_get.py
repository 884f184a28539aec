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
    from ...models.platform_o_auth_client_dto import PlatformOAuthClientDto

    pass

OPERATION: Final = "oauth_clients.get"
METHOD: Final = "GET"
PATH: Final = "/v2/oauth-clients/{client_id}"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[PlatformOAuthClientDto]] = model("platform_o_auth_client_dto", "PlatformOAuthClientDto")


def build_request(
    client_id: str,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            client_id=path_segment("client_id", client_id),
        ),
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> PlatformOAuthClientDto:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/oauth-clients/{clientId}", AUTH, API_VERSION, build_request, parse_result
)
