# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.create_routing_form_response_output import CreateRoutingFormResponseOutput
from ...models.orgs_routing_forms_create_response_format import OrgsRoutingFormsCreateResponseFormat
from ...types import UNSET, Unset

METHOD = "POST"
PATH = "/v2/organizations/{org_id}/routing-forms/{routing_form_id}/responses"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    org_id: int,
    routing_form_id: str,
    *,
    start: str,
    end: str,
    time_zone: str | Unset = UNSET,
    duration: float | Unset = UNSET,
    format_: OrgsRoutingFormsCreateResponseFormat | Unset = UNSET,
    booking_uid_to_reschedule: str | Unset = UNSET,
    queue_response: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    params["timeZone"] = time_zone

    params["duration"] = duration

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = OrgsRoutingFormsCreateResponseFormat(format_).value

    params["format"] = json_format_

    params["bookingUidToReschedule"] = booking_uid_to_reschedule

    params["queueResponse"] = queue_response

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            routing_form_id=path_segment("routing_form_id", routing_form_id),
        ),
        "params": params,
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> CreateRoutingFormResponseOutput:
    response_201 = CreateRoutingFormResponseOutput.from_dict(data)

    return response_201


def _parse(data: Any) -> CreateRoutingFormResponseOutputData:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
