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

from .orgs_users_ooo_get_response_200_status import OrgsUsersOooGetResponse200Status

if TYPE_CHECKING:
    from .orgs_users_ooo_get_response_200_data_item import OrgsUsersOooGetResponse200DataItem

    pass


class OrgsUsersOooGetResponse200(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: OrgsUsersOooGetResponse200Status = field("status", enum_of(OrgsUsersOooGetResponse200Status), required=True)
    data: list[OrgsUsersOooGetResponse200DataItem] = field(
        "data",
        list_of(model("orgs_users_ooo_get_response_200_data_item", "OrgsUsersOooGetResponse200DataItem")),
        required=True,
    )

    def __init__(
        self,
        *,
        status: OrgsUsersOooGetResponse200Status,
        data: list[OrgsUsersOooGetResponse200DataItem],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class OrgsUsersOooGetResponse200Dict(TypedDict, total=False):
    """``OrgsUsersOooGetResponse200`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[OrgsUsersOooGetResponse200Status | Literal["error", "success"]]
    data: Required[Sequence[OrgsUsersOooGetResponse200DataItem | Mapping[str, Any]]]
