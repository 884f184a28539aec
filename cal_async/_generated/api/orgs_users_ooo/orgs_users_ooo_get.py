# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
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

from ...models.orgs_users_ooo_get_sort_end import OrgsUsersOooGetSortEnd
from ...models.orgs_users_ooo_get_sort_start import OrgsUsersOooGetSortStart

if TYPE_CHECKING:
    from ...models.orgs_users_ooo_get_response_200_data_item import OrgsUsersOooGetResponse200DataItem

    pass

OPERATION: Final = "orgs.users.ooo.get"
METHOD: Final = "GET"
PATH: Final = "/v2/organizations/{org_id}/ooo"
AUTH: Final[tuple[str, ...]] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[list[OrgsUsersOooGetResponse200DataItem]]] = list_of(
    model("orgs_users_ooo_get_response_200_data_item", "OrgsUsersOooGetResponse200DataItem")
)
ITEM: Final[Decoder[OrgsUsersOooGetResponse200DataItem]] = model(
    "orgs_users_ooo_get_response_200_data_item", "OrgsUsersOooGetResponse200DataItem"
)


def build_request(
    org_id: int,
    *,
    take: int | Unset = 250,
    skip: int | Unset = 0,
    sort_start: OrgsUsersOooGetSortStart | Literal["asc", "desc"] | Unset = UNSET,
    sort_end: OrgsUsersOooGetSortEnd | Literal["asc", "desc"] | Unset = UNSET,
    email: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    params: dict[str, Any] = {}
    if not isinstance(take, Unset):
        params.update(query_params("take", "take", take))
    if not isinstance(skip, Unset):
        params.update(query_params("skip", "skip", skip))
    if not isinstance(sort_start, Unset):
        params.update(query_params("sortStart", "sort_start", sort_start))
    if not isinstance(sort_end, Unset):
        params.update(query_params("sortEnd", "sort_end", sort_end))
    if not isinstance(email, Unset):
        params.update(query_params("email", "email", email))
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
        ),
        "params": params,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> list[OrgsUsersOooGetResponse200DataItem]:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


def parse_page(data: Any) -> tuple[list[OrgsUsersOooGetResponse200DataItem], Mapping[str, Any] | None]:
    """One page: its items and the server's ``pagination`` object, if it sent one."""
    return decode_page(OPERATION, data, ITEM, single=False)


ENDPOINT: Final = PagedOperation(
    OPERATION,
    METHOD,
    "/v2/organizations/{orgId}/ooo",
    AUTH,
    API_VERSION,
    build_request,
    parse_page,
    offset="skip",
    limit="take",
    default_limit=250,
)
