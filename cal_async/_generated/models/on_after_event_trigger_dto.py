# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.on_after_event_trigger_dto_type import OnAfterEventTriggerDtoType

if TYPE_CHECKING:
    from ..models.workflow_trigger_offset_dto import WorkflowTriggerOffsetDto


class OnAfterEventTriggerDto(ApiModel):
    """
    Attributes:
        offset (WorkflowTriggerOffsetDto):
        type_ (OnAfterEventTriggerDtoType): Trigger type for the workflow Default:
            OnAfterEventTriggerDtoType.AFTEREVENT. Example: afterEvent.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "offset",
            "type",
        }
    )
    _required = frozenset(
        {
            "offset",
            "type",
        }
    )

    def __init__(
        self,
        *,
        offset: WorkflowTriggerOffsetDto,
        type_: OnAfterEventTriggerDtoType,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["offset"] = as_json(offset)

        data["type"] = OnAfterEventTriggerDtoType(type_).value

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def offset(self) -> WorkflowTriggerOffsetDto:
        from ..models.workflow_trigger_offset_dto import WorkflowTriggerOffsetDto  # noqa: PLC0415

        offset = WorkflowTriggerOffsetDto.from_dict(self._req("offset"))

        return offset

    @property
    def type_(self) -> OnAfterEventTriggerDtoType:
        """Trigger type for the workflow"""
        type_ = OnAfterEventTriggerDtoType(self._req("type"))

        return type_
