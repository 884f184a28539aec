# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

from ...models.conferencing_connect_app import ConferencingConnectApp

if TYPE_CHECKING:
    from ...models.conferencing_apps_output_dto import ConferencingAppsOutputDto

    pass

OPERATION: Final = "conferencing.connect"
METHOD: Final = "POST"
PATH: Final = "/v2/conferencing/{app}/connect"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[ConferencingAppsOutputDto]] = model("conferencing_apps_output_dto", "ConferencingAppsOutputDto")


def build_request(
    app: ConferencingConnectApp | Literal["google-meet"],
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            app=path_segment("app", app),
        ),
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> ConferencingAppsOutputDto:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/conferencing/{app}/connect", AUTH, API_VERSION, build_request, parse_result
)
