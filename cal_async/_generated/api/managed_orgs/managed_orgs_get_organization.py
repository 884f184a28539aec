# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

if TYPE_CHECKING:
    from ...models.managed_organization_output import ManagedOrganizationOutput

    pass

OPERATION: Final = "managed_orgs.get_organization"
METHOD: Final = "GET"
PATH: Final = "/v2/organizations/{org_id}/organizations/{managed_organization_id}"
AUTH: Final[tuple[str, ...]] = (
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[ManagedOrganizationOutput]] = model("managed_organization_output", "ManagedOrganizationOutput")


def build_request(
    org_id: int,
    managed_organization_id: int,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            managed_organization_id=path_segment("managed_organization_id", managed_organization_id),
        ),
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> ManagedOrganizationOutput:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/organizations/{managedOrganizationId}",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
