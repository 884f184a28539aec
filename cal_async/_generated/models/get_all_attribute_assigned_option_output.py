# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_all_attribute_assigned_option_output_status import GetAllAttributeAssignedOptionOutputStatus

if TYPE_CHECKING:
    from ..models.assigned_option_output import AssignedOptionOutput


class GetAllAttributeAssignedOptionOutput(ApiModel):
    """
    Attributes:
        status (GetAllAttributeAssignedOptionOutputStatus):  Example: success.
        data (list[AssignedOptionOutput]):
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
        status: GetAllAttributeAssignedOptionOutputStatus,
        data: list[AssignedOptionOutput],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetAllAttributeAssignedOptionOutputStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetAllAttributeAssignedOptionOutputStatus:
        status = GetAllAttributeAssignedOptionOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[AssignedOptionOutput]:
        from ..models.assigned_option_output import AssignedOptionOutput  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = AssignedOptionOutput.from_dict(data_item_data)

            data.append(data_item)

        return data
