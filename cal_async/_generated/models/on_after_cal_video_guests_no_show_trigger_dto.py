# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.on_after_cal_video_guests_no_show_trigger_dto_type import OnAfterCalVideoGuestsNoShowTriggerDtoType

if TYPE_CHECKING:
    from ..models.workflow_trigger_offset_dto import WorkflowTriggerOffsetDto


class OnAfterCalVideoGuestsNoShowTriggerDto(ApiModel):
    """
    Attributes:
        offset (WorkflowTriggerOffsetDto):
        type_ (OnAfterCalVideoGuestsNoShowTriggerDtoType): Trigger type for the workflow Default:
            OnAfterCalVideoGuestsNoShowTriggerDtoType.AFTERGUESTSCALVIDEONOSHOW. Example: afterGuestsCalVideoNoShow.
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
        type_: OnAfterCalVideoGuestsNoShowTriggerDtoType,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["offset"] = as_json(offset)

        data["type"] = OnAfterCalVideoGuestsNoShowTriggerDtoType(type_).value

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def offset(self) -> WorkflowTriggerOffsetDto:
        from ..models.workflow_trigger_offset_dto import WorkflowTriggerOffsetDto  # noqa: PLC0415

        offset = WorkflowTriggerOffsetDto.from_dict(self._req("offset"))

        return offset

    @property
    def type_(self) -> OnAfterCalVideoGuestsNoShowTriggerDtoType:
        """Trigger type for the workflow"""
        type_ = OnAfterCalVideoGuestsNoShowTriggerDtoType(self._req("type"))

        return type_
