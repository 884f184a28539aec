# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.get_routing_forms_output import GetRoutingFormsOutput
from ...models.orgs_routing_forms_list_sort_created_at import OrgsRoutingFormsListSortCreatedAt
from ...models.orgs_routing_forms_list_sort_updated_at import OrgsRoutingFormsListSortUpdatedAt
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/v2/organizations/{org_id}/routing-forms"
AUTH: tuple[str, ...] = ("Authorization",)
API_VERSION: str | None = None


def _get_kwargs(
    org_id: int,
    *,
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    sort_created_at: OrgsRoutingFormsListSortCreatedAt | Unset = UNSET,
    sort_updated_at: OrgsRoutingFormsListSortUpdatedAt | Unset = UNSET,
    after_created_at: datetime.datetime | Unset = UNSET,
    before_created_at: datetime.datetime | Unset = UNSET,
    after_updated_at: datetime.datetime | Unset = UNSET,
    before_updated_at: datetime.datetime | Unset = UNSET,
    routed_to_booking_uid: str | Unset = UNSET,
    team_ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["skip"] = skip

    params["take"] = take

    json_sort_created_at: str | Unset = UNSET
    if not isinstance(sort_created_at, Unset):
        json_sort_created_at = OrgsRoutingFormsListSortCreatedAt(sort_created_at).value

    params["sortCreatedAt"] = json_sort_created_at

    json_sort_updated_at: str | Unset = UNSET
    if not isinstance(sort_updated_at, Unset):
        json_sort_updated_at = OrgsRoutingFormsListSortUpdatedAt(sort_updated_at).value

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

    json_team_ids: list[int] | Unset = UNSET
    if not isinstance(team_ids, Unset):
        json_team_ids = team_ids

    params["teamIds"] = json_team_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
        ),
        "params": params,
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> GetRoutingFormsOutput:
    response_200 = GetRoutingFormsOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> list[RoutingFormOutput]:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data


def _parse_page(data: Any) -> tuple[list[RoutingFormOutput], Mapping[str, Any] | None]:
    """One page: its items and the server's ``pagination`` object, if it sent one."""
    pagination = data.get("pagination") if isinstance(data, dict) else None
    pagination = pagination if isinstance(pagination, Mapping) else None
    return list(_parse(data)), pagination
