# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .unassign_option_user_output_status import UnassignOptionUserOutputStatus

if TYPE_CHECKING:
    from .assign_option_user_output_data import AssignOptionUserOutputData, AssignOptionUserOutputDataDict

    pass


class UnassignOptionUserOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: UnassignOptionUserOutputStatus = field("status", enum_of(UnassignOptionUserOutputStatus), required=True)
    data: AssignOptionUserOutputData = field(
        "data", model("assign_option_user_output_data", "AssignOptionUserOutputData"), required=True
    )

    def __init__(
        self,
        *,
        status: UnassignOptionUserOutputStatus,
        data: AssignOptionUserOutputData,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class UnassignOptionUserOutputDict(TypedDict, total=False):
    """``UnassignOptionUserOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[UnassignOptionUserOutputStatus | Literal["error", "success"]]
    data: Required[AssignOptionUserOutputData | AssignOptionUserOutputDataDict]
