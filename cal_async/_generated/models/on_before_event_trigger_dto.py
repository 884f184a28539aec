# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .on_before_event_trigger_dto_type import OnBeforeEventTriggerDtoType

if TYPE_CHECKING:
    from .workflow_trigger_offset_dto import WorkflowTriggerOffsetDto, WorkflowTriggerOffsetDtoDict

    pass


class OnBeforeEventTriggerDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    offset: WorkflowTriggerOffsetDto = field(
        "offset", model("workflow_trigger_offset_dto", "WorkflowTriggerOffsetDto"), required=True
    )
    type_: OnBeforeEventTriggerDtoType = field("type", enum_of(OnBeforeEventTriggerDtoType), required=True)
    """ Trigger type for the workflow """

    def __init__(
        self,
        *,
        offset: WorkflowTriggerOffsetDto,
        type_: OnBeforeEventTriggerDtoType,
    ) -> None:
        self._set(
            {
                "offset": offset,
                "type": type_,
            }
        )


class OnBeforeEventTriggerDtoDict(TypedDict, total=False):
    """``OnBeforeEventTriggerDto`` as a plain dict with the API's JSON names, for request bodies."""

    offset: Required[WorkflowTriggerOffsetDto | WorkflowTriggerOffsetDtoDict]
    type: Required[OnBeforeEventTriggerDtoType | Literal["beforeEvent"]]
