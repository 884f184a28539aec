# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

from ...models.conferencing_disconnect_app import ConferencingDisconnectApp

if TYPE_CHECKING:
    from ...models.disconnect_conferencing_app_output_response_dto import DisconnectConferencingAppOutputResponseDto

    pass

OPERATION: Final = "conferencing.disconnect"
METHOD: Final = "DELETE"
PATH: Final = "/v2/conferencing/{app}/disconnect"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[DisconnectConferencingAppOutputResponseDto]] = model(
    "disconnect_conferencing_app_output_response_dto", "DisconnectConferencingAppOutputResponseDto"
)


def build_request(
    app: ConferencingDisconnectApp | Literal["google-meet", "msteams", "zoom"],
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


def parse_result(data: Any) -> DisconnectConferencingAppOutputResponseDto:
    return decode_result(OPERATION, data, RESULT, enveloped=False)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/conferencing/{app}/disconnect", AUTH, API_VERSION, build_request, parse_result
)
