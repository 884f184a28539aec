# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .workflow_trigger_output_dto_type import WorkflowTriggerOutputDtoType

if TYPE_CHECKING:
    from .workflow_trigger_offset_output_dto import WorkflowTriggerOffsetOutputDto, WorkflowTriggerOffsetOutputDtoDict

    pass


class WorkflowTriggerOutputDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    type_: WorkflowTriggerOutputDtoType = field("type", enum_of(WorkflowTriggerOutputDtoType), required=True)
    """ Trigger type for the workflow """
    offset: WorkflowTriggerOffsetOutputDto | Unset = field(
        "offset", model("workflow_trigger_offset_output_dto", "WorkflowTriggerOffsetOutputDto"), required=False
    )

    def __init__(
        self,
        *,
        type_: WorkflowTriggerOutputDtoType,
        offset: WorkflowTriggerOffsetOutputDto | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "type": type_,
                "offset": offset,
            }
        )


class WorkflowTriggerOutputDtoDict(TypedDict, total=False):
    """``WorkflowTriggerOutputDto`` as a plain dict with the API's JSON names, for request bodies."""

    type: Required[
        WorkflowTriggerOutputDtoType
        | Literal[
            "afterEvent",
            "afterGuestsCalVideoNoShow",
            "afterHostsCalVideoNoShow",
            "beforeEvent",
            "bookingNoShowUpdated",
            "bookingPaid",
            "bookingPaymentInitiated",
            "bookingRejected",
            "bookingRequested",
            "eventCancelled",
            "newEvent",
            "rescheduleEvent",
        ]
    ]
    offset: WorkflowTriggerOffsetOutputDto | WorkflowTriggerOffsetOutputDtoDict
