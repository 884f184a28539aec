# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._models import to_json
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

if TYPE_CHECKING:
    from ...models.create_phone_call_input import CreatePhoneCallInput, CreatePhoneCallInputDict
    from ...models.data import Data

    pass

OPERATION: Final = "orgs.teams.event_types.create_phone_call"
METHOD: Final = "POST"
PATH: Final = "/v2/organizations/{org_id}/teams/{team_id}/event-types/{event_type_id}/create-phone-call"
AUTH: Final[tuple[str, ...]] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[Data]] = model("data", "Data")


def build_request(
    org_id: int,
    team_id: int,
    event_type_id: int,
    *,
    body: CreatePhoneCallInput | CreatePhoneCallInputDict,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            team_id=path_segment("team_id", team_id),
            event_type_id=path_segment("event_type_id", event_type_id),
        ),
        "headers": headers,
    }
    kwargs["json"] = to_json(body, what="body")
    return kwargs


def parse_result(data: Any) -> Data:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/teams/{teamId}/event-types/{eventTypeId}/create-phone-call",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
