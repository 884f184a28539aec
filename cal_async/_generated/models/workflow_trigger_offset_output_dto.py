# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.workflow_trigger_offset_output_dto_unit import WorkflowTriggerOffsetOutputDtoUnit


class WorkflowTriggerOffsetOutputDto(ApiModel):
    """
    Attributes:
        value (float): Time value for offset Example: 24.
        unit (WorkflowTriggerOffsetOutputDtoUnit): Unit for the offset time Example: hour.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "value",
            "unit",
        }
    )
    _required = frozenset(
        {
            "value",
            "unit",
        }
    )

    def __init__(
        self,
        *,
        value: float,
        unit: WorkflowTriggerOffsetOutputDtoUnit,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["value"] = value

        data["unit"] = WorkflowTriggerOffsetOutputDtoUnit(unit).value

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def value(self) -> float:
        """Time value for offset"""
        return cast(float, self._req("value"))

    @property
    def unit(self) -> WorkflowTriggerOffsetOutputDtoUnit:
        """Unit for the offset time"""
        unit = WorkflowTriggerOffsetOutputDtoUnit(self._req("unit"))

        return unit
