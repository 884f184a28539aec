# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.on_after_cal_video_hosts_no_show_trigger_dto_type import OnAfterCalVideoHostsNoShowTriggerDtoType

if TYPE_CHECKING:
    from ..models.workflow_trigger_offset_dto import WorkflowTriggerOffsetDto


class OnAfterCalVideoHostsNoShowTriggerDto(ApiModel):
    """
    Attributes:
        offset (WorkflowTriggerOffsetDto):
        type_ (OnAfterCalVideoHostsNoShowTriggerDtoType): Trigger type for the workflow Default:
            OnAfterCalVideoHostsNoShowTriggerDtoType.AFTERHOSTSCALVIDEONOSHOW. Example: afterHostsCalVideoNoShow.
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
        type_: OnAfterCalVideoHostsNoShowTriggerDtoType,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["offset"] = as_json(offset)

        data["type"] = OnAfterCalVideoHostsNoShowTriggerDtoType(type_).value

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def offset(self) -> WorkflowTriggerOffsetDto:
        from ..models.workflow_trigger_offset_dto import WorkflowTriggerOffsetDto  # noqa: PLC0415

        offset = WorkflowTriggerOffsetDto.from_dict(self._req("offset"))

        return offset

    @property
    def type_(self) -> OnAfterCalVideoHostsNoShowTriggerDtoType:
        """Trigger type for the workflow"""
        type_ = OnAfterCalVideoHostsNoShowTriggerDtoType(self._req("type"))

        return type_
