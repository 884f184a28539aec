# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel

from .get_workflows_output_status import GetWorkflowsOutputStatus

if TYPE_CHECKING:
    from .workflow_output import WorkflowOutput, WorkflowOutputDict

    pass


class GetWorkflowsOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetWorkflowsOutputStatus = field("status", enum_of(GetWorkflowsOutputStatus), required=True)
    """ Indicates the status of the response """
    data: list[WorkflowOutput] = field("data", list_of(model("workflow_output", "WorkflowOutput")), required=True)
    """ List of workflows """

    def __init__(
        self,
        *,
        status: GetWorkflowsOutputStatus,
        data: list[WorkflowOutput],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetWorkflowsOutputDict(TypedDict, total=False):
    """``GetWorkflowsOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetWorkflowsOutputStatus | Literal["error", "success"]]
    data: Required[Sequence[WorkflowOutput | WorkflowOutputDict]]
