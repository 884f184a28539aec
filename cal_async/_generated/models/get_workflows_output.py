# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_workflows_output_status import GetWorkflowsOutputStatus

if TYPE_CHECKING:
    from ..models.workflow_output import WorkflowOutput


class GetWorkflowsOutput(ApiModel):
    """
    Attributes:
        status (GetWorkflowsOutputStatus): Indicates the status of the response Example: success.
        data (list[WorkflowOutput]): List of workflows
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "status",
            "data",
        }
    )
    _required = frozenset(
        {
            "status",
            "data",
        }
    )

    def __init__(
        self,
        *,
        status: GetWorkflowsOutputStatus,
        data: list[WorkflowOutput],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetWorkflowsOutputStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetWorkflowsOutputStatus:
        """Indicates the status of the response"""
        status = GetWorkflowsOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[WorkflowOutput]:
        """List of workflows"""
        from ..models.workflow_output import WorkflowOutput  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = WorkflowOutput.from_dict(data_item_data)

            data.append(data_item)

        return data
