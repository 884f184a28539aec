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
    from ...models.organization_membership_output import OrganizationMembershipOutput
    from ...models.update_org_membership_dto import UpdateOrgMembershipDto, UpdateOrgMembershipDtoDict

    pass

OPERATION: Final = "orgs.memberships.update"
METHOD: Final = "PATCH"
PATH: Final = "/v2/organizations/{org_id}/memberships/{membership_id}"
AUTH: Final[tuple[str, ...]] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[OrganizationMembershipOutput]] = model(
    "organization_membership_output", "OrganizationMembershipOutput"
)


def build_request(
    org_id: int,
    membership_id: int,
    *,
    body: UpdateOrgMembershipDto | UpdateOrgMembershipDtoDict,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            membership_id=path_segment("membership_id", membership_id),
        ),
        "headers": headers,
    }
    kwargs["json"] = to_json(body, what="body")
    return kwargs


def parse_result(data: Any) -> OrganizationMembershipOutput:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/memberships/{membershipId}",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
