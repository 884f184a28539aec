# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_busy_times_output_status import GetBusyTimesOutputStatus

if TYPE_CHECKING:
    from ..models.busy_times_output import BusyTimesOutput


class GetBusyTimesOutput(ApiModel):
    """
    Attributes:
        status (GetBusyTimesOutputStatus):  Example: success.
        data (list[BusyTimesOutput]):
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
        status: GetBusyTimesOutputStatus,
        data: list[BusyTimesOutput],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetBusyTimesOutputStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetBusyTimesOutputStatus:
        status = GetBusyTimesOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[BusyTimesOutput]:
        from ..models.busy_times_output import BusyTimesOutput  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = BusyTimesOutput.from_dict(data_item_data)

            data.append(data_item)

        return data
