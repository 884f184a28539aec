# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.workflow_trigger_output_dto_type import WorkflowTriggerOutputDtoType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_trigger_offset_output_dto import WorkflowTriggerOffsetOutputDto


class WorkflowTriggerOutputDto(ApiModel):
    """
    Attributes:
        type_ (WorkflowTriggerOutputDtoType): Trigger type for the workflow Example: beforeEvent.
        offset (WorkflowTriggerOffsetOutputDto | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "type",
            "offset",
        }
    )
    _required = frozenset(
        {
            "type",
        }
    )

    def __init__(
        self,
        *,
        type_: WorkflowTriggerOutputDtoType,
        offset: WorkflowTriggerOffsetOutputDto | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = WorkflowTriggerOutputDtoType(type_).value

        _offset = UNSET
        if not isinstance(offset, Unset):
            _offset = as_json(offset)

        if not isinstance(_offset, Unset):
            data["offset"] = _offset
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> WorkflowTriggerOutputDtoType:
        """Trigger type for the workflow"""
        type_ = WorkflowTriggerOutputDtoType(self._req("type"))

        return type_

    @property
    def offset(self) -> WorkflowTriggerOffsetOutputDto | Unset:
        from ..models.workflow_trigger_offset_output_dto import WorkflowTriggerOffsetOutputDto  # noqa: PLC0415

        _offset = self._data.get("offset", UNSET)
        offset: WorkflowTriggerOffsetOutputDto | Unset
        if isinstance(_offset, Unset):
            offset = UNSET
        else:
            offset = WorkflowTriggerOffsetOutputDto.from_dict(_offset)

        return offset
