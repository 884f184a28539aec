# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .on_after_cal_video_guests_no_show_trigger_dto_type import OnAfterCalVideoGuestsNoShowTriggerDtoType

if TYPE_CHECKING:
    from .workflow_trigger_offset_dto import WorkflowTriggerOffsetDto, WorkflowTriggerOffsetDtoDict

    pass


class OnAfterCalVideoGuestsNoShowTriggerDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    offset: WorkflowTriggerOffsetDto = field(
        "offset", model("workflow_trigger_offset_dto", "WorkflowTriggerOffsetDto"), required=True
    )
    type_: OnAfterCalVideoGuestsNoShowTriggerDtoType = field(
        "type", enum_of(OnAfterCalVideoGuestsNoShowTriggerDtoType), required=True
    )
    """ Trigger type for the workflow """

    def __init__(
        self,
        *,
        offset: WorkflowTriggerOffsetDto,
        type_: OnAfterCalVideoGuestsNoShowTriggerDtoType,
    ) -> None:
        self._set(
            {
                "offset": offset,
                "type": type_,
            }
        )


class OnAfterCalVideoGuestsNoShowTriggerDtoDict(TypedDict, total=False):
    """``OnAfterCalVideoGuestsNoShowTriggerDto`` as a plain dict with the API's JSON names, for request bodies."""

    offset: Required[WorkflowTriggerOffsetDto | WorkflowTriggerOffsetDtoDict]
    type: Required[OnAfterCalVideoGuestsNoShowTriggerDtoType | Literal["afterGuestsCalVideoNoShow"]]
