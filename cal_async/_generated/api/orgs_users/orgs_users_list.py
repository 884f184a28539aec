# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.get_organization_users_response_dto import GetOrganizationUsersResponseDTO
from ...models.orgs_users_list_attribute_query_operator import OrgsUsersListAttributeQueryOperator
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/v2/organizations/{org_id}/users"
AUTH: tuple[str, ...] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: str | None = None


def _get_kwargs(
    org_id: int,
    *,
    take: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    emails: list[str] | Unset = UNSET,
    assigned_option_ids: list[str] | Unset = UNSET,
    attribute_query_operator: OrgsUsersListAttributeQueryOperator | Unset = OrgsUsersListAttributeQueryOperator.AND,
    team_ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["take"] = take

    params["skip"] = skip

    json_emails: list[str] | Unset = UNSET
    if not isinstance(emails, Unset):
        json_emails = emails

    params["emails"] = json_emails

    json_assigned_option_ids: list[str] | Unset = UNSET
    if not isinstance(assigned_option_ids, Unset):
        json_assigned_option_ids = assigned_option_ids

    params["assignedOptionIds"] = json_assigned_option_ids

    json_attribute_query_operator: str | Unset = UNSET
    if not isinstance(attribute_query_operator, Unset):
        json_attribute_query_operator = OrgsUsersListAttributeQueryOperator(attribute_query_operator).value

    params["attributeQueryOperator"] = json_attribute_query_operator

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


def _parse_envelope(data: Any) -> GetOrganizationUsersResponseDTO:
    response_200 = GetOrganizationUsersResponseDTO.from_dict(data)

    return response_200


def _parse(data: Any) -> list[GetOrgUsersWithProfileOutput]:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data


def _parse_page(data: Any) -> tuple[list[GetOrgUsersWithProfileOutput], Mapping[str, Any] | None]:
    """One page: its items and the server's ``pagination`` object, if it sent one."""
    pagination = data.get("pagination") if isinstance(data, dict) else None
    pagination = pagination if isinstance(pagination, Mapping) else None
    return list(_parse(data)), pagination
