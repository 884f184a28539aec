# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

from ...models.conferencing_default_app import ConferencingDefaultApp

if TYPE_CHECKING:
    from ...models.set_default_conferencing_app_output_response_dto import SetDefaultConferencingAppOutputResponseDto

    pass

OPERATION: Final = "conferencing.default"
METHOD: Final = "POST"
PATH: Final = "/v2/conferencing/{app}/default"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[SetDefaultConferencingAppOutputResponseDto]] = model(
    "set_default_conferencing_app_output_response_dto", "SetDefaultConferencingAppOutputResponseDto"
)


def build_request(
    app: ConferencingDefaultApp | Literal["daily-video", "google-meet", "msteams", "zoom"],
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


def parse_result(data: Any) -> SetDefaultConferencingAppOutputResponseDto:
    return decode_result(OPERATION, data, RESULT, enveloped=False)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/conferencing/{app}/default", AUTH, API_VERSION, build_request, parse_result
)
