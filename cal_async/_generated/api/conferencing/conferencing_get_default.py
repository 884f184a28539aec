# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
    nullable,
)
from cal_async._operation import Operation, decode_result

if TYPE_CHECKING:
    from ...models.default_conferencing_apps_output_dto import DefaultConferencingAppsOutputDto

    pass

OPERATION: Final = "conferencing.get_default"
METHOD: Final = "GET"
PATH: Final = "/v2/conferencing/default"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[DefaultConferencingAppsOutputDto | None]] = nullable(
    model("default_conferencing_apps_output_dto", "DefaultConferencingAppsOutputDto")
)


def build_request() -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> DefaultConferencingAppsOutputDto | None:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True, data_may_be_absent=True)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/conferencing/default", AUTH, API_VERSION, build_request, parse_result
)
