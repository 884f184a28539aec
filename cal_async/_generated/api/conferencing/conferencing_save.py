# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal

from cal_async._fields import (
    ANY,
    Decoder,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment
from cal_async._query_params import query_params

from ...models.conferencing_save_app import ConferencingSaveApp

if TYPE_CHECKING:
    pass

OPERATION: Final = "conferencing.save"
METHOD: Final = "GET"
PATH: Final = "/v2/conferencing/{app}/oauth/callback"
AUTH: Final[tuple[str, ...]] = ()
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[Any]] = ANY


def build_request(
    app: ConferencingSaveApp | Literal["msteams", "zoom"],
    *,
    state: str,
    code: str,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    params: dict[str, Any] = {}
    params.update(query_params("state", "state", state))
    params.update(query_params("code", "code", code))
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            app=path_segment("app", app),
        ),
        "params": params,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> Any:
    return decode_result(OPERATION, data, RESULT, enveloped=False)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/conferencing/{app}/oauth/callback", AUTH, API_VERSION, build_request, parse_result
)
