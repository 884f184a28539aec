# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class UpdateUnifiedCalendarEventInputEnd(ApiModel):
    """End date and time of the calendar event with timezone information

    Attributes:
        time (datetime.datetime | Unset):
        time_zone (str | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "time",
            "timeZone",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        time: datetime.datetime | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        _time = UNSET
        if not isinstance(time, Unset):
            _time = time if isinstance(time, str) else time.isoformat()

        if not isinstance(_time, Unset):
            data["time"] = _time
        _time_zone = time_zone

        if not isinstance(_time_zone, Unset):
            data["timeZone"] = _time_zone
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def time(self) -> datetime.datetime | Unset:
        _time = self._data.get("time", UNSET)
        time: datetime.datetime | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = datetime.datetime.fromisoformat(_time)

        return time

    @property
    def time_zone(self) -> str | Unset:
        return cast(str | Unset, self._data.get("timeZone", UNSET))
