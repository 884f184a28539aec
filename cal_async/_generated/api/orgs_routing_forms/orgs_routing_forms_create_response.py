# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Final, Literal

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment
from cal_async._query_params import query_params
from cal_async._sentinel import UNSET, Unset

from ...models.orgs_routing_forms_create_response_format import OrgsRoutingFormsCreateResponseFormat

if TYPE_CHECKING:
    from ...models.create_routing_form_response_output_data import CreateRoutingFormResponseOutputData

    pass

OPERATION: Final = "orgs.routing_forms.create_response"
METHOD: Final = "POST"
PATH: Final = "/v2/organizations/{org_id}/routing-forms/{routing_form_id}/responses"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[CreateRoutingFormResponseOutputData]] = model(
    "create_routing_form_response_output_data", "CreateRoutingFormResponseOutputData"
)


def build_request(
    org_id: int,
    routing_form_id: str,
    *,
    start: datetime.datetime,
    end: datetime.datetime,
    time_zone: str | Unset = UNSET,
    duration: int | Unset = UNSET,
    format_: OrgsRoutingFormsCreateResponseFormat | Literal["range", "time"] | Unset = UNSET,
    booking_uid_to_reschedule: str | Unset = UNSET,
    queue_response: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    params: dict[str, Any] = {}
    params.update(query_params("start", "start", start))
    params.update(query_params("end", "end", end))
    if not isinstance(time_zone, Unset):
        params.update(query_params("timeZone", "time_zone", time_zone))
    if not isinstance(duration, Unset):
        params.update(query_params("duration", "duration", duration))
    if not isinstance(format_, Unset):
        params.update(query_params("format", "format_", format_))
    if not isinstance(booking_uid_to_reschedule, Unset):
        params.update(query_params("bookingUidToReschedule", "booking_uid_to_reschedule", booking_uid_to_reschedule))
    if not isinstance(queue_response, Unset):
        params.update(query_params("queueResponse", "queue_response", queue_response))
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            routing_form_id=path_segment("routing_form_id", routing_form_id),
        ),
        "params": params,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> CreateRoutingFormResponseOutputData:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/routing-forms/{routingFormId}/responses",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
