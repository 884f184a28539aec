# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_default_schedule_output_status import GetDefaultScheduleOutputStatus

if TYPE_CHECKING:
    from ..models.schedule_output_20240611 import ScheduleOutput20240611


class GetDefaultScheduleOutput(ApiModel):
    """
    Attributes:
        status (GetDefaultScheduleOutputStatus):  Example: success.
        data (ScheduleOutput20240611):
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
        status: GetDefaultScheduleOutputStatus,
        data: ScheduleOutput20240611,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetDefaultScheduleOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetDefaultScheduleOutputStatus:
        status = GetDefaultScheduleOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> ScheduleOutput20240611:
        from ..models.schedule_output_20240611 import ScheduleOutput20240611  # noqa: PLC0415

        data = ScheduleOutput20240611.from_dict(self._req("data"))

        return data
