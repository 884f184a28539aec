# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .assign_option_user_output_status import AssignOptionUserOutputStatus

if TYPE_CHECKING:
    from .assign_option_user_output_data import AssignOptionUserOutputData, AssignOptionUserOutputDataDict

    pass


class AssignOptionUserOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: AssignOptionUserOutputStatus = field("status", enum_of(AssignOptionUserOutputStatus), required=True)
    data: AssignOptionUserOutputData = field(
        "data", model("assign_option_user_output_data", "AssignOptionUserOutputData"), required=True
    )

    def __init__(
        self,
        *,
        status: AssignOptionUserOutputStatus,
        data: AssignOptionUserOutputData,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class AssignOptionUserOutputDict(TypedDict, total=False):
    """``AssignOptionUserOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[AssignOptionUserOutputStatus | Literal["error", "success"]]
    data: Required[AssignOptionUserOutputData | AssignOptionUserOutputDataDict]
