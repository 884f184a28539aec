# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .get_managed_user_output_status import GetManagedUserOutputStatus

if TYPE_CHECKING:
    from .managed_user_output import ManagedUserOutput, ManagedUserOutputDict

    pass


class GetManagedUserOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetManagedUserOutputStatus = field("status", enum_of(GetManagedUserOutputStatus), required=True)
    data: ManagedUserOutput = field("data", model("managed_user_output", "ManagedUserOutput"), required=True)

    def __init__(
        self,
        *,
        status: GetManagedUserOutputStatus,
        data: ManagedUserOutput,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetManagedUserOutputDict(TypedDict, total=False):
    """``GetManagedUserOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetManagedUserOutputStatus | Literal["error", "success"]]
    data: Required[ManagedUserOutput | ManagedUserOutputDict]
