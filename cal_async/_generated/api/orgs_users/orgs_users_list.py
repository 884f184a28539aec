# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Literal

from cal_async._fields import (
    Decoder,
    list_of,
    model,
)
from cal_async._operation import PagedOperation, decode_page, decode_result
from cal_async._path_params import path_segment
from cal_async._query_params import query_params
from cal_async._sentinel import UNSET, Unset

from ...models.orgs_users_list_attribute_query_operator import OrgsUsersListAttributeQueryOperator

if TYPE_CHECKING:
    from ...models.get_org_users_with_profile_output import GetOrgUsersWithProfileOutput

    pass

OPERATION: Final = "orgs.users.list"
METHOD: Final = "GET"
PATH: Final = "/v2/organizations/{org_id}/users"
AUTH: Final[tuple[str, ...]] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[list[GetOrgUsersWithProfileOutput]]] = list_of(
    model("get_org_users_with_profile_output", "GetOrgUsersWithProfileOutput")
)
ITEM: Final[Decoder[GetOrgUsersWithProfileOutput]] = model(
    "get_org_users_with_profile_output", "GetOrgUsersWithProfileOutput"
)


def build_request(
    org_id: int,
    *,
    take: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    emails: Sequence[str] | Unset = UNSET,
    assigned_option_ids: Sequence[str] | Unset = UNSET,
    attribute_query_operator: OrgsUsersListAttributeQueryOperator
    | Literal["AND", "NONE", "OR"]
    | Unset = OrgsUsersListAttributeQueryOperator.AND,
    team_ids: Sequence[int] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    params: dict[str, Any] = {}
    if not isinstance(take, Unset):
        params.update(query_params("take", "take", take))
    if not isinstance(skip, Unset):
        params.update(query_params("skip", "skip", skip))
    if not isinstance(emails, Unset):
        params.update(query_params("emails", "emails", emails))
    if not isinstance(assigned_option_ids, Unset):
        params.update(query_params("assignedOptionIds", "assigned_option_ids", assigned_option_ids))
    if not isinstance(attribute_query_operator, Unset):
        params.update(query_params("attributeQueryOperator", "attribute_query_operator", attribute_query_operator))
    if not isinstance(team_ids, Unset):
        params.update(query_params("teamIds", "team_ids", team_ids))
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
        ),
        "params": params,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> list[GetOrgUsersWithProfileOutput]:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


def parse_page(data: Any) -> tuple[list[GetOrgUsersWithProfileOutput], Mapping[str, Any] | None]:
    """One page: its items and the server's ``pagination`` object, if it sent one."""
    return decode_page(OPERATION, data, ITEM, single=False)


ENDPOINT: Final = PagedOperation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/users",
    AUTH,
    API_VERSION,
    build_request,
    parse_page,
    offset="skip",
    limit="take",
    default_limit=100,
)
