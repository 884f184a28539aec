# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._models import to_json
from cal_async._operation import Operation, decode_result

if TYPE_CHECKING:
    from ...models.create_o_auth_client_input import CreateOAuthClientInput, CreateOAuthClientInputDict
    from ...models.create_o_auth_client_output import CreateOAuthClientOutput

    pass

OPERATION: Final = "oauth_clients.create"
METHOD: Final = "POST"
PATH: Final = "/v2/oauth-clients"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[CreateOAuthClientOutput]] = model("create_o_auth_client_output", "CreateOAuthClientOutput")


def build_request(
    *,
    body: CreateOAuthClientInput | CreateOAuthClientInputDict,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "headers": headers,
    }
    kwargs["json"] = to_json(body, what="body")
    return kwargs


def parse_result(data: Any) -> CreateOAuthClientOutput:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(OPERATION, METHOD, "/v2/oauth-clients", AUTH, API_VERSION, build_request, parse_result)
