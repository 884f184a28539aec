# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    FLOAT,
    enum_of,
    field,
)
from cal_async._models import ApiModel

from .workflow_trigger_offset_output_dto_unit import WorkflowTriggerOffsetOutputDtoUnit

if TYPE_CHECKING:
    pass


class WorkflowTriggerOffsetOutputDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    value: float = field("value", FLOAT, required=True)
    """ Time value for offset """
    unit: WorkflowTriggerOffsetOutputDtoUnit = field("unit", enum_of(WorkflowTriggerOffsetOutputDtoUnit), required=True)
    """ Unit for the offset time """

    def __init__(
        self,
        *,
        value: float,
        unit: WorkflowTriggerOffsetOutputDtoUnit,
    ) -> None:
        self._set(
            {
                "value": value,
                "unit": unit,
            }
        )


class WorkflowTriggerOffsetOutputDtoDict(TypedDict, total=False):
    """``WorkflowTriggerOffsetOutputDto`` as a plain dict with the API's JSON names, for request bodies."""

    value: Required[float]
    unit: Required[WorkflowTriggerOffsetOutputDtoUnit | Literal["day", "hour", "minute"]]
