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

from .orgs_users_bookings_list_response_200_status import OrgsUsersBookingsListResponse200Status

if TYPE_CHECKING:
    from .orgs_users_bookings_list_response_200_data_item import OrgsUsersBookingsListResponse200DataItem

    pass


class OrgsUsersBookingsListResponse200(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: OrgsUsersBookingsListResponse200Status = field(
        "status", enum_of(OrgsUsersBookingsListResponse200Status), required=True
    )
    data: list[OrgsUsersBookingsListResponse200DataItem] = field(
        "data",
        list_of(model("orgs_users_bookings_list_response_200_data_item", "OrgsUsersBookingsListResponse200DataItem")),
        required=True,
    )

    def __init__(
        self,
        *,
        status: OrgsUsersBookingsListResponse200Status,
        data: list[OrgsUsersBookingsListResponse200DataItem],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class OrgsUsersBookingsListResponse200Dict(TypedDict, total=False):
    """``OrgsUsersBookingsListResponse200`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[OrgsUsersBookingsListResponse200Status | Literal["error", "success"]]
    data: Required[Sequence[OrgsUsersBookingsListResponse200DataItem | Mapping[str, Any]]]
