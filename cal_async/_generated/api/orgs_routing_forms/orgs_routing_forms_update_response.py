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
    from ...models.routing_form_response_output import RoutingFormResponseOutput
    from ...models.update_routing_form_response_input import (
        UpdateRoutingFormResponseInput,
        UpdateRoutingFormResponseInputDict,
    )

    pass

OPERATION: Final = "orgs.routing_forms.update_response"
METHOD: Final = "PATCH"
PATH: Final = "/v2/organizations/{org_id}/routing-forms/{routing_form_id}/responses/{response_id}"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[RoutingFormResponseOutput]] = model("routing_form_response_output", "RoutingFormResponseOutput")


def build_request(
    org_id: int,
    routing_form_id: str,
    response_id: int,
    *,
    body: UpdateRoutingFormResponseInput | UpdateRoutingFormResponseInputDict,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            routing_form_id=path_segment("routing_form_id", routing_form_id),
            response_id=path_segment("response_id", response_id),
        ),
        "headers": headers,
    }
    kwargs["json"] = to_json(body, what="body")
    return kwargs


def parse_result(data: Any) -> RoutingFormResponseOutput:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/routing-forms/{routingFormId}/responses/{responseId}",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
