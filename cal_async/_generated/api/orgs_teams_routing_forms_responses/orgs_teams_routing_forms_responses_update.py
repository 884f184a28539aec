# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.update_routing_form_response_input import UpdateRoutingFormResponseInput
from ...models.update_routing_form_response_output import UpdateRoutingFormResponseOutput
from ...types import Unset

METHOD = "PATCH"
PATH = "/v2/organizations/{org_id}/teams/{team_id}/routing-forms/{routing_form_id}/responses/{response_id}"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    org_id: int,
    team_id: int,
    routing_form_id: str,
    response_id: int,
    *,
    body: UpdateRoutingFormResponseInput | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            team_id=path_segment("team_id", team_id),
            routing_form_id=path_segment("routing_form_id", routing_form_id),
            response_id=path_segment("response_id", response_id),
        ),
        "headers": headers,
    }
    if isinstance(body, Mapping):
        _kwargs["json"] = dict(body)
    elif not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()
    return _kwargs


def _parse_envelope(data: Any) -> UpdateRoutingFormResponseOutput:
    response_200 = UpdateRoutingFormResponseOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> RoutingFormResponseOutput:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data
