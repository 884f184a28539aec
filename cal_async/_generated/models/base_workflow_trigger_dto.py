# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
)
from cal_async._models import ApiModel

from .base_workflow_trigger_dto_type import BaseWorkflowTriggerDtoType

if TYPE_CHECKING:
    pass


class BaseWorkflowTriggerDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    type_: BaseWorkflowTriggerDtoType = field("type", enum_of(BaseWorkflowTriggerDtoType), required=True)
    """ Trigger type for the workflow """

    def __init__(
        self,
        *,
        type_: BaseWorkflowTriggerDtoType,
    ) -> None:
        self._set(
            {
                "type": type_,
            }
        )


class BaseWorkflowTriggerDtoDict(TypedDict, total=False):
    """``BaseWorkflowTriggerDto`` as a plain dict with the API's JSON names, for request bodies."""

    type: Required[
        BaseWorkflowTriggerDtoType
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
