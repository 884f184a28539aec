# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_activation_output_dto import WorkflowActivationOutputDto
    from ..models.workflow_step_output_dto import WorkflowStepOutputDto
    from ..models.workflow_trigger_output_dto import WorkflowTriggerOutputDto


class WorkflowOutput(ApiModel):
    """
    Attributes:
        id (int): Unique identifier of the workflow Example: 101.
        name (str): Name of the workflow Example: Platform Test Workflow.
        activation (WorkflowActivationOutputDto):
        trigger (WorkflowTriggerOutputDto):
        steps (list[WorkflowStepOutputDto]): Steps comprising the workflow
        user_id (int | Unset): ID of the user who owns the workflow (if not team-owned) Example: 2313.
        team_id (int | Unset): ID of the team owning the workflow Example: 4214321.
        created_at (str | Unset): Timestamp of creation Example: 2024-05-12T10:00:00.000Z.
        updated_at (str | Unset): Timestamp of last update Example: 2024-05-12T11:30:00.000Z.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "name",
            "activation",
            "trigger",
            "steps",
            "userId",
            "teamId",
            "createdAt",
            "updatedAt",
        }
    )
    _required = frozenset(
        {
            "id",
            "name",
            "activation",
            "trigger",
            "steps",
        }
    )

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
        created_at: str | Unset = UNSET,
        updated_at: str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["name"] = name

        data["activation"] = as_json(activation)

        data["trigger"] = as_json(trigger)

        data["steps"] = []
        for steps_item_data in steps:
            steps_item = as_json(steps_item_data)
            data["steps"].append(steps_item)

        _user_id = user_id

        if not isinstance(_user_id, Unset):
            data["userId"] = _user_id
        _team_id = team_id

        if not isinstance(_team_id, Unset):
            data["teamId"] = _team_id
        _created_at = created_at

        if not isinstance(_created_at, Unset):
            data["createdAt"] = _created_at
        _updated_at = updated_at

        if not isinstance(_updated_at, Unset):
            data["updatedAt"] = _updated_at
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> int:
        """Unique identifier of the workflow"""
        return cast(int, self._req("id"))

    @property
    def name(self) -> str:
        """Name of the workflow"""
        return cast(str, self._req("name"))

    @property
    def activation(self) -> WorkflowActivationOutputDto:
        from ..models.workflow_activation_output_dto import WorkflowActivationOutputDto  # noqa: PLC0415

        activation = WorkflowActivationOutputDto.from_dict(self._req("activation"))

        return activation

    @property
    def trigger(self) -> WorkflowTriggerOutputDto:
        from ..models.workflow_trigger_output_dto import WorkflowTriggerOutputDto  # noqa: PLC0415

        trigger = WorkflowTriggerOutputDto.from_dict(self._req("trigger"))

        return trigger

    @property
    def steps(self) -> list[WorkflowStepOutputDto]:
        """Steps comprising the workflow"""
        from ..models.workflow_step_output_dto import WorkflowStepOutputDto  # noqa: PLC0415

        steps = []
        _steps = self._req("steps")
        for steps_item_data in _steps:
            steps_item = WorkflowStepOutputDto.from_dict(steps_item_data)

            steps.append(steps_item)

        return steps

    @property
    def user_id(self) -> int | Unset:
        """ID of the user who owns the workflow (if not team-owned)"""
        return cast(int | Unset, self._data.get("userId", UNSET))

    @property
    def team_id(self) -> int | Unset:
        """ID of the team owning the workflow"""
        return cast(int | Unset, self._data.get("teamId", UNSET))

    @property
    def created_at(self) -> str | Unset:
        """Timestamp of creation"""
        return cast(str | Unset, self._data.get("createdAt", UNSET))

    @property
    def updated_at(self) -> str | Unset:
        """Timestamp of last update"""
        return cast(str | Unset, self._data.get("updatedAt", UNSET))
