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

from .get_all_attribute_assigned_option_output_status import GetAllAttributeAssignedOptionOutputStatus

if TYPE_CHECKING:
    from .assigned_option_output import AssignedOptionOutput, AssignedOptionOutputDict

    pass


class GetAllAttributeAssignedOptionOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetAllAttributeAssignedOptionOutputStatus = field(
        "status", enum_of(GetAllAttributeAssignedOptionOutputStatus), required=True
    )
    data: list[AssignedOptionOutput] = field(
        "data", list_of(model("assigned_option_output", "AssignedOptionOutput")), required=True
    )

    def __init__(
        self,
        *,
        status: GetAllAttributeAssignedOptionOutputStatus,
        data: list[AssignedOptionOutput],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetAllAttributeAssignedOptionOutputDict(TypedDict, total=False):
    """``GetAllAttributeAssignedOptionOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetAllAttributeAssignedOptionOutputStatus | Literal["error", "success"]]
    data: Required[Sequence[AssignedOptionOutput | AssignedOptionOutputDict]]
