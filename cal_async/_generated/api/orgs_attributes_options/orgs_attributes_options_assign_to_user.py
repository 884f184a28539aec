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
    from ...models.assign_option_user_output_data import AssignOptionUserOutputData
    from ...models.assign_organization_attribute_option_to_user_input import (
        AssignOrganizationAttributeOptionToUserInput,
        AssignOrganizationAttributeOptionToUserInputDict,
    )

    pass

OPERATION: Final = "orgs.attributes.options.assign_to_user"
METHOD: Final = "POST"
PATH: Final = "/v2/organizations/{org_id}/attributes/options/{user_id}"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[AssignOptionUserOutputData]] = model(
    "assign_option_user_output_data", "AssignOptionUserOutputData"
)


def build_request(
    org_id: int,
    user_id: int,
    *,
    body: AssignOrganizationAttributeOptionToUserInput | AssignOrganizationAttributeOptionToUserInputDict,
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


def parse_result(data: Any) -> AssignOptionUserOutputData:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/attributes/options/{userId}",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
