# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.schedule_availability_input_days_item import ScheduleAvailabilityInputDaysItem


class ScheduleAvailabilityInput(ApiModel):
    """
    Attributes:
        days (list[ScheduleAvailabilityInputDaysItem]): Array of days when schedule is active. Example: ['Monday',
            'Tuesday'].
        start_time (str): startTime must be a valid time in format HH:MM e.g. 08:00 Example: 08:00.
        end_time (str): endTime must be a valid time in format HH:MM e.g. 15:00 Example: 15:00.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "days",
            "startTime",
            "endTime",
        }
    )
    _required = frozenset(
        {
            "days",
            "startTime",
            "endTime",
        }
    )

    def __init__(
        self,
        *,
        days: list[ScheduleAvailabilityInputDaysItem],
        start_time: str,
        end_time: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["days"] = []
        for days_item_data in days:
            days_item = ScheduleAvailabilityInputDaysItem(days_item_data).value
            data["days"].append(days_item)

        data["startTime"] = start_time

        data["endTime"] = end_time

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def days(self) -> list[ScheduleAvailabilityInputDaysItem]:
        """Array of days when schedule is active."""
        days = []
        _days = self._req("days")
        for days_item_data in _days:
            days_item = ScheduleAvailabilityInputDaysItem(days_item_data)

            days.append(days_item)

        return days

    @property
    def start_time(self) -> str:
        """startTime must be a valid time in format HH:MM e.g. 08:00"""
        return cast(str, self._req("startTime"))

    @property
    def end_time(self) -> str:
        """endTime must be a valid time in format HH:MM e.g. 15:00"""
        return cast(str, self._req("endTime"))
