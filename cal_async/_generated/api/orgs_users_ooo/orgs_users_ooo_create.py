# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    ANY,
    Decoder,
)
from cal_async._models import to_json
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

if TYPE_CHECKING:
    from ...models.create_out_of_office_entry_dto import CreateOutOfOfficeEntryDto, CreateOutOfOfficeEntryDtoDict

    pass

OPERATION: Final = "orgs.users.ooo.create"
METHOD: Final = "POST"
PATH: Final = "/v2/organizations/{org_id}/users/{user_id}/ooo"
AUTH: Final[tuple[str, ...]] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[Any]] = ANY


def build_request(
    org_id: int,
    user_id: int,
    *,
    body: CreateOutOfOfficeEntryDto | CreateOutOfOfficeEntryDtoDict,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            user_id=path_segment("user_id", user_id),
        ),
        "headers": headers,
    }
    kwargs["json"] = to_json(body, what="body")
    return kwargs


def parse_result(data: Any) -> Any:
    return decode_result(OPERATION, data, RESULT, enveloped=False)


ENDPOINT: Final = Operation(
    OPERATION, METHOD, "/v2/organizations/{orgId}/users/{userId}/ooo", AUTH, API_VERSION, build_request, parse_result
)
