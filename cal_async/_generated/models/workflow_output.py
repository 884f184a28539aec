# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    DATETIME,
    INT,
    STR,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .workflow_activation_output_dto import WorkflowActivationOutputDto, WorkflowActivationOutputDtoDict
    from .workflow_step_output_dto import WorkflowStepOutputDto, WorkflowStepOutputDtoDict
    from .workflow_trigger_output_dto import WorkflowTriggerOutputDto, WorkflowTriggerOutputDtoDict

    pass


class WorkflowOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int = field("id", INT, required=True)
    """ Unique identifier of the workflow """
    name: str = field("name", STR, required=True)
    """ Name of the workflow """
    activation: WorkflowActivationOutputDto = field(
        "activation", model("workflow_activation_output_dto", "WorkflowActivationOutputDto"), required=True
    )
    trigger: WorkflowTriggerOutputDto = field(
        "trigger", model("workflow_trigger_output_dto", "WorkflowTriggerOutputDto"), required=True
    )
    steps: list[WorkflowStepOutputDto] = field(
        "steps", list_of(model("workflow_step_output_dto", "WorkflowStepOutputDto")), required=True
    )
    """ Steps comprising the workflow """
    user_id: int | Unset = field("userId", INT, required=False)
    """ ID of the user who owns the workflow (if not team-owned) """
    team_id: int | Unset = field("teamId", INT, required=False)
    """ ID of the team owning the workflow """
    created_at: datetime.datetime | Unset = field("createdAt", DATETIME, required=False)
    """ Timestamp of creation """
    updated_at: datetime.datetime | Unset = field("updatedAt", DATETIME, required=False)
    """ Timestamp of last update """

    def __init__(
        self,
        *,
        id: int,
        name: str,
        activation: WorkflowActivationOutputDto,
        trigger: WorkflowTriggerOutputDto,
        steps: list[WorkflowStepOutputDto],
        user_id: int | Unset = UNSET,
        team_id: int | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        updated_at: datetime.datetime | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "id": id,
                "name": name,
                "activation": activation,
                "trigger": trigger,
                "steps": steps,
                "userId": user_id,
                "teamId": team_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )


class WorkflowOutputDict(TypedDict, total=False):
    """``WorkflowOutput`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    name: Required[str]
    activation: Required[WorkflowActivationOutputDto | WorkflowActivationOutputDtoDict]
    trigger: Required[WorkflowTriggerOutputDto | WorkflowTriggerOutputDtoDict]
    steps: Required[Sequence[WorkflowStepOutputDto | WorkflowStepOutputDtoDict]]
    userId: int
    teamId: int
    createdAt: datetime.datetime
    updatedAt: datetime.datetime
