# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_workflow_output_status import GetWorkflowOutputStatus

if TYPE_CHECKING:
    from ..models.workflow_output import WorkflowOutput


class GetWorkflowOutput(ApiModel):
    """
    Attributes:
        status (GetWorkflowOutputStatus): Indicates the status of the response Example: success.
        data (list[WorkflowOutput]): workflow
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
        status: GetWorkflowOutputStatus,
        data: list[WorkflowOutput],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetWorkflowOutputStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetWorkflowOutputStatus:
        """Indicates the status of the response"""
        status = GetWorkflowOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[WorkflowOutput]:
        """workflow"""
        from ..models.workflow_output import WorkflowOutput  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = WorkflowOutput.from_dict(data_item_data)

            data.append(data_item)

        return data
