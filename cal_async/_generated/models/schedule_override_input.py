# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class ScheduleOverrideInput(ApiModel):
    """
    Attributes:
        date (str):  Example: 2024-05-20.
        start_time (str): startTime must be a valid time in format HH:MM e.g. 12:00 Example: 12:00.
        end_time (str): endTime must be a valid time in format HH:MM e.g. 13:00 Example: 13:00.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "date",
            "startTime",
            "endTime",
        }
    )
    _required = frozenset(
        {
            "date",
            "startTime",
            "endTime",
        }
    )

    def __init__(
        self,
        *,
        date: str,
        start_time: str,
        end_time: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["date"] = date

        data["startTime"] = start_time

        data["endTime"] = end_time

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def date(self) -> str:
        return cast(str, self._req("date"))

    @property
    def start_time(self) -> str:
        """startTime must be a valid time in format HH:MM e.g. 12:00"""
        return cast(str, self._req("startTime"))

    @property
    def end_time(self) -> str:
        """endTime must be a valid time in format HH:MM e.g. 13:00"""
        return cast(str, self._req("endTime"))
