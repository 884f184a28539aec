# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.update_schedule_output_status import UpdateScheduleOutputStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_output_20240611 import ScheduleOutput20240611
    from ..models.update_schedule_output_error import UpdateScheduleOutputError


class UpdateScheduleOutput(ApiModel):
    """
    Attributes:
        status (UpdateScheduleOutputStatus):  Example: success.
        data (ScheduleOutput20240611):
        error (UpdateScheduleOutputError | Unset):
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
        status: UpdateScheduleOutputStatus,
        data: ScheduleOutput20240611,
        error: UpdateScheduleOutputError | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = UpdateScheduleOutputStatus(status).value

        data["data"] = as_json(data)

        _error = UNSET
        if not isinstance(error, Unset):
            _error = as_json(error)

        if not isinstance(_error, Unset):
            data["error"] = _error
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> UpdateScheduleOutputStatus:
        status = UpdateScheduleOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> ScheduleOutput20240611:
        from ..models.schedule_output_20240611 import ScheduleOutput20240611  # noqa: PLC0415

        data = ScheduleOutput20240611.from_dict(self._req("data"))

        return data

    @property
    def error(self) -> UpdateScheduleOutputError | Unset:
        from ..models.update_schedule_output_error import UpdateScheduleOutputError  # noqa: PLC0415

        _error = self._data.get("error", UNSET)
        error: UpdateScheduleOutputError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = UpdateScheduleOutputError.from_dict(_error)

        return error
