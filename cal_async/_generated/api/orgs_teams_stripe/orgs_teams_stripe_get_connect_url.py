# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment
from cal_async._query_params import query_params

if TYPE_CHECKING:
    from ...models.strip_connect_output_dto import StripConnectOutputDto

    pass

OPERATION: Final = "orgs.teams.stripe.get_connect_url"
METHOD: Final = "GET"
PATH: Final = "/v2/organizations/{org_id}/teams/{team_id}/stripe/connect"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[StripConnectOutputDto]] = model("strip_connect_output_dto", "StripConnectOutputDto")


def build_request(
    org_id: int,
    team_id: int,
    *,
    return_to: str,
    on_error_return_to: str,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    params: dict[str, Any] = {}
    params.update(query_params("returnTo", "return_to", return_to))
    params.update(query_params("onErrorReturnTo", "on_error_return_to", on_error_return_to))
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            team_id=path_segment("team_id", team_id),
        ),
        "params": params,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> StripConnectOutputDto:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/teams/{teamId}/stripe/connect",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
