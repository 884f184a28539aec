# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_schedules_output_status import GetSchedulesOutputStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_schedules_output_error import GetSchedulesOutputError
    from ..models.schedule_output_20240611 import ScheduleOutput20240611


class GetSchedulesOutput(ApiModel):
    """
    Attributes:
        status (GetSchedulesOutputStatus):  Example: success.
        data (list[ScheduleOutput20240611]):
        error (GetSchedulesOutputError | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "status",
            "data",
            "error",
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
        status: GetSchedulesOutputStatus,
        data: list[ScheduleOutput20240611],
        error: GetSchedulesOutputError | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetSchedulesOutputStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        _error = UNSET
        if not isinstance(error, Unset):
            _error = as_json(error)

        if not isinstance(_error, Unset):
            data["error"] = _error
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetSchedulesOutputStatus:
        status = GetSchedulesOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[ScheduleOutput20240611]:
        from ..models.schedule_output_20240611 import ScheduleOutput20240611  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = ScheduleOutput20240611.from_dict(data_item_data)

            data.append(data_item)

        return data

    @property
    def error(self) -> GetSchedulesOutputError | Unset:
        from ..models.get_schedules_output_error import GetSchedulesOutputError  # noqa: PLC0415

        _error = self._data.get("error", UNSET)
        error: GetSchedulesOutputError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = GetSchedulesOutputError.from_dict(_error)

        return error
