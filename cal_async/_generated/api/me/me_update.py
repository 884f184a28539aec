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
    from ...models.me_output import MeOutput
    from ...models.update_managed_user_input import UpdateManagedUserInput, UpdateManagedUserInputDict

    pass

OPERATION: Final = "me.update"
METHOD: Final = "PATCH"
PATH: Final = "/v2/me"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[MeOutput]] = model("me_output", "MeOutput")


def build_request(
    *,
    body: UpdateManagedUserInput | UpdateManagedUserInputDict,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "headers": headers,
    }
    kwargs["json"] = to_json(body, what="body")
    return kwargs


def parse_result(data: Any) -> MeOutput:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(OPERATION, METHOD, "/v2/me", AUTH, API_VERSION, build_request, parse_result)
