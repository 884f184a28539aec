# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_routing_forms_output_status import GetRoutingFormsOutputStatus

if TYPE_CHECKING:
    from ..models.routing_form_output import RoutingFormOutput


class GetRoutingFormsOutput(ApiModel):
    """
    Attributes:
        status (GetRoutingFormsOutputStatus):  Example: success.
        data (list[RoutingFormOutput]):
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
        status: GetRoutingFormsOutputStatus,
        data: list[RoutingFormOutput],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetRoutingFormsOutputStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetRoutingFormsOutputStatus:
        status = GetRoutingFormsOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[RoutingFormOutput]:
        from ..models.routing_form_output import RoutingFormOutput  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = RoutingFormOutput.from_dict(data_item_data)

            data.append(data_item)

        return data
