# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.get_routing_form_responses_output import GetRoutingFormResponsesOutput
from ...models.orgs_teams_routing_forms_responses_list_sort_created_at import (
    OrgsTeamsRoutingFormsResponsesListSortCreatedAt,
)
from ...models.orgs_teams_routing_forms_responses_list_sort_updated_at import (
    OrgsTeamsRoutingFormsResponsesListSortUpdatedAt,
)
from ...models.routing_form_response_output import RoutingFormResponseOutput
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/v2/organizations/{org_id}/teams/{team_id}/routing-forms/{routing_form_id}/responses"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    org_id: int,
    team_id: int,
    routing_form_id: str,
    *,
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    sort_created_at: OrgsTeamsRoutingFormsResponsesListSortCreatedAt | Unset = UNSET,
    sort_updated_at: OrgsTeamsRoutingFormsResponsesListSortUpdatedAt | Unset = UNSET,
    after_created_at: datetime.datetime | Unset = UNSET,
    before_created_at: datetime.datetime | Unset = UNSET,
    after_updated_at: datetime.datetime | Unset = UNSET,
    before_updated_at: datetime.datetime | Unset = UNSET,
    routed_to_booking_uid: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["skip"] = skip

    params["take"] = take

    json_sort_created_at: str | Unset = UNSET
    if not isinstance(sort_created_at, Unset):
        json_sort_created_at = OrgsTeamsRoutingFormsResponsesListSortCreatedAt(sort_created_at).value

    params["sortCreatedAt"] = json_sort_created_at

    json_sort_updated_at: str | Unset = UNSET
    if not isinstance(sort_updated_at, Unset):
        json_sort_updated_at = OrgsTeamsRoutingFormsResponsesListSortUpdatedAt(sort_updated_at).value

    params["sortUpdatedAt"] = json_sort_updated_at

    json_after_created_at: str | Unset = UNSET
    if not isinstance(after_created_at, Unset):
        json_after_created_at = after_created_at if isinstance(after_created_at, str) else after_created_at.isoformat()
    params["afterCreatedAt"] = json_after_created_at

    json_before_created_at: str | Unset = UNSET
    if not isinstance(before_created_at, Unset):
        json_before_created_at = (
            before_created_at if isinstance(before_created_at, str) else before_created_at.isoformat()
        )
    params["beforeCreatedAt"] = json_before_created_at

    json_after_updated_at: str | Unset = UNSET
    if not isinstance(after_updated_at, Unset):
        json_after_updated_at = after_updated_at if isinstance(after_updated_at, str) else after_updated_at.isoformat()
    params["afterUpdatedAt"] = json_after_updated_at

    json_before_updated_at: str | Unset = UNSET
    if not isinstance(before_updated_at, Unset):
        json_before_updated_at = (
            before_updated_at if isinstance(before_updated_at, str) else before_updated_at.isoformat()
        )
    params["beforeUpdatedAt"] = json_before_updated_at

    params["routedToBookingUid"] = routed_to_booking_uid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            team_id=path_segment("team_id", team_id),
            routing_form_id=path_segment("routing_form_id", routing_form_id),
        ),
        "params": params,
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> GetRoutingFormResponsesOutput:
    response_200 = GetRoutingFormResponsesOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> RoutingFormResponseOutput:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data


def _parse_page(data: Any) -> tuple[list[RoutingFormResponseOutput], Mapping[str, Any] | None]:
    """One page: its items and the server's ``pagination`` object, if it sent one."""
    pagination = data.get("pagination") if isinstance(data, dict) else None
    pagination = pagination if isinstance(pagination, Mapping) else None
    # The document declares one item where a page of them arrives: accept either.
    value = data.get("data") if isinstance(data, dict) else None
    values = value if isinstance(value, list) else ([] if value is None else [value])
    items: list[RoutingFormResponseOutput] = []
    for _value in values:
        data = RoutingFormResponseOutput.from_dict(_value)

        items.append(data)
    return items, pagination
