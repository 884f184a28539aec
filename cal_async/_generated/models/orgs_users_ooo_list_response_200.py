# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel

from .orgs_users_ooo_list_response_200_status import OrgsUsersOooListResponse200Status

if TYPE_CHECKING:
    from .orgs_users_ooo_list_response_200_data_item import OrgsUsersOooListResponse200DataItem

    pass


class OrgsUsersOooListResponse200(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: OrgsUsersOooListResponse200Status = field(
        "status", enum_of(OrgsUsersOooListResponse200Status), required=True
    )
    data: list[OrgsUsersOooListResponse200DataItem] = field(
        "data",
        list_of(model("orgs_users_ooo_list_response_200_data_item", "OrgsUsersOooListResponse200DataItem")),
        required=True,
    )

    def __init__(
        self,
        *,
        status: OrgsUsersOooListResponse200Status,
        data: list[OrgsUsersOooListResponse200DataItem],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class OrgsUsersOooListResponse200Dict(TypedDict, total=False):
    """``OrgsUsersOooListResponse200`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[OrgsUsersOooListResponse200Status | Literal["error", "success"]]
    data: Required[Sequence[OrgsUsersOooListResponse200DataItem | Mapping[str, Any]]]
