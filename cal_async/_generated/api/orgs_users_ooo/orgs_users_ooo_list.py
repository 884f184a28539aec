# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.orgs_users_ooo_list_sort_end import OrgsUsersOooListSortEnd
from ...models.orgs_users_ooo_list_sort_start import OrgsUsersOooListSortStart
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/v2/organizations/{org_id}/users/{user_id}/ooo"
AUTH: tuple[str, ...] = (
    "Authorization",
    "x-cal-client-id",
    "x-cal-secret-key",
)
API_VERSION: str | None = None


def _get_kwargs(
    org_id: int,
    user_id: int,
    *,
    take: int | Unset = 250,
    skip: int | Unset = 0,
    sort_start: OrgsUsersOooListSortStart | Unset = UNSET,
    sort_end: OrgsUsersOooListSortEnd | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["take"] = take

    params["skip"] = skip

    json_sort_start: str | Unset = UNSET
    if not isinstance(sort_start, Unset):
        json_sort_start = OrgsUsersOooListSortStart(sort_start).value

    params["sortStart"] = json_sort_start

    json_sort_end: str | Unset = UNSET
    if not isinstance(sort_end, Unset):
        json_sort_end = OrgsUsersOooListSortEnd(sort_end).value

    params["sortEnd"] = json_sort_end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            org_id=path_segment("org_id", org_id),
            user_id=path_segment("user_id", user_id),
        ),
        "params": params,
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> Any:
    return cast(Any, data)


def _parse(data: Any) -> Any:
    return _parse_envelope(data)


def _parse_page(data: Any) -> tuple[list[Any], Mapping[str, Any] | None]:
    """One page: its items and the server's ``pagination`` object, if it sent one."""
    pagination = data.get("pagination") if isinstance(data, dict) else None
    pagination = pagination if isinstance(pagination, Mapping) else None
    # The document declares no body for this page: items are passed through as decoded JSON.
    value = data.get("data") if isinstance(data, dict) else None
    values = value if isinstance(value, list) else ([] if value is None else [value])
    items: list[Any] = []
    for _value in values:
        items.append(_value)
    return items, pagination
