# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.workflow_trigger_offset_dto_unit import WorkflowTriggerOffsetDtoUnit


class WorkflowTriggerOffsetDto(ApiModel):
    """
    Attributes:
        value (float): Time value for offset before/after event trigger Example: 24.
        unit (WorkflowTriggerOffsetDtoUnit): Unit for the offset time Example: hour.
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
        unit: WorkflowTriggerOffsetDtoUnit,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["value"] = value

        data["unit"] = WorkflowTriggerOffsetDtoUnit(unit).value

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def value(self) -> float:
        """Time value for offset before/after event trigger"""
        return cast(float, self._req("value"))

    @property
    def unit(self) -> WorkflowTriggerOffsetDtoUnit:
        """Unit for the offset time"""
        unit = WorkflowTriggerOffsetDtoUnit(self._req("unit"))

        return unit
