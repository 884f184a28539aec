# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel

from .get_managed_users_output_status import GetManagedUsersOutputStatus

if TYPE_CHECKING:
    from .managed_user_output import ManagedUserOutput, ManagedUserOutputDict

    pass


class GetManagedUsersOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetManagedUsersOutputStatus = field("status", enum_of(GetManagedUsersOutputStatus), required=True)
    data: list[ManagedUserOutput] = field(
        "data", list_of(model("managed_user_output", "ManagedUserOutput")), required=True
    )

    def __init__(
        self,
        *,
        status: GetManagedUsersOutputStatus,
        data: list[ManagedUserOutput],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetManagedUsersOutputDict(TypedDict, total=False):
    """``GetManagedUsersOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetManagedUsersOutputStatus | Literal["error", "success"]]
    data: Required[Sequence[ManagedUserOutput | ManagedUserOutputDict]]
