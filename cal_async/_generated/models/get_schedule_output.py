# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_schedule_output_status import GetScheduleOutputStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_schedule_output_error import GetScheduleOutputError
    from ..models.schedule_output_20240611 import ScheduleOutput20240611


class GetScheduleOutput(ApiModel):
    """
    Attributes:
        status (GetScheduleOutputStatus):  Example: success.
        data (None | ScheduleOutput20240611):
        error (GetScheduleOutputError | Unset):
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
        status: GetScheduleOutputStatus,
        data: None | ScheduleOutput20240611,
        error: GetScheduleOutputError | Unset = UNSET,
        **extra: Any,
    ) -> None:
        from ..models.schedule_output_20240611 import ScheduleOutput20240611  # noqa: PLC0415

        data: dict[str, Any] = {}
        data["status"] = GetScheduleOutputStatus(status).value

        if isinstance(data, ScheduleOutput20240611):
            data["data"] = as_json(data)
        else:
            data["data"] = data

        _error = UNSET
        if not isinstance(error, Unset):
            _error = as_json(error)

        if not isinstance(_error, Unset):
            data["error"] = _error
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetScheduleOutputStatus:
        status = GetScheduleOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> None | ScheduleOutput20240611:
        from ..models.schedule_output_20240611 import ScheduleOutput20240611  # noqa: PLC0415

        def _parse_data(data: object) -> None | ScheduleOutput20240611:
            if data is None:
                return data
            try:
                if not ScheduleOutput20240611._matches(data):
                    raise TypeError()
                data_type_1 = ScheduleOutput20240611.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScheduleOutput20240611, data)

        data = _parse_data(self._req("data"))

        return data

    @property
    def error(self) -> GetScheduleOutputError | Unset:
        from ..models.get_schedule_output_error import GetScheduleOutputError  # noqa: PLC0415

        _error = self._data.get("error", UNSET)
        error: GetScheduleOutputError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = GetScheduleOutputError.from_dict(_error)

        return error
