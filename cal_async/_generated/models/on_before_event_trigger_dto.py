# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.on_before_event_trigger_dto_type import OnBeforeEventTriggerDtoType

if TYPE_CHECKING:
    from ..models.workflow_trigger_offset_dto import WorkflowTriggerOffsetDto


class OnBeforeEventTriggerDto(ApiModel):
    """
    Attributes:
        offset (WorkflowTriggerOffsetDto):
        type_ (OnBeforeEventTriggerDtoType): Trigger type for the workflow Default:
            OnBeforeEventTriggerDtoType.BEFOREEVENT. Example: beforeEvent.
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
        type_: OnBeforeEventTriggerDtoType,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["offset"] = as_json(offset)

        data["type"] = OnBeforeEventTriggerDtoType(type_).value

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def offset(self) -> WorkflowTriggerOffsetDto:
        from ..models.workflow_trigger_offset_dto import WorkflowTriggerOffsetDto  # noqa: PLC0415

        offset = WorkflowTriggerOffsetDto.from_dict(self._req("offset"))

        return offset

    @property
    def type_(self) -> OnBeforeEventTriggerDtoType:
        """Trigger type for the workflow"""
        type_ = OnBeforeEventTriggerDtoType(self._req("type"))

        return type_
