# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.availability_model import AvailabilityModel
    from ..models.schedule_output_date_overrides_item import ScheduleOutputDateOverridesItem
    from ..models.working_hours import WorkingHours


class ScheduleOutput(ApiModel):
    """
    Attributes:
        id (int):
        name (str):
        is_managed (bool):
        working_hours (list[WorkingHours]):
        schedule (list[AvailabilityModel]):
        availability (list[list[Any]]):
        time_zone (str):
        is_default (bool):
        is_last_schedule (bool):
        read_only (bool):
        date_overrides (list[ScheduleOutputDateOverridesItem] | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "name",
            "isManaged",
            "workingHours",
            "schedule",
            "availability",
            "timeZone",
            "isDefault",
            "isLastSchedule",
            "readOnly",
            "dateOverrides",
        }
    )
    _required = frozenset(
        {
            "id",
            "name",
            "isManaged",
            "workingHours",
            "schedule",
            "availability",
            "timeZone",
            "isDefault",
            "isLastSchedule",
            "readOnly",
        }
    )

    def __init__(
        self,
        *,
        id: int,
        name: str,
        is_managed: bool,
        working_hours: list[WorkingHours],
        schedule: list[AvailabilityModel],
        availability: list[list[Any]],
        time_zone: str,
        is_default: bool,
        is_last_schedule: bool,
        read_only: bool,
        date_overrides: list[ScheduleOutputDateOverridesItem] | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["name"] = name

        data["isManaged"] = is_managed

        data["workingHours"] = []
        for working_hours_item_data in working_hours:
            working_hours_item = as_json(working_hours_item_data)
            data["workingHours"].append(working_hours_item)

        data["schedule"] = []
        for schedule_item_data in schedule:
            schedule_item = as_json(schedule_item_data)
            data["schedule"].append(schedule_item)

        data["availability"] = []
        for availability_item_data in availability:
            availability_item = availability_item_data

            data["availability"].append(availability_item)

        data["timeZone"] = time_zone

        data["isDefault"] = is_default

        data["isLastSchedule"] = is_last_schedule

        data["readOnly"] = read_only

        _date_overrides = UNSET
        if not isinstance(date_overrides, Unset):
            _date_overrides = []
            for date_overrides_item_data in date_overrides:
                date_overrides_item = as_json(date_overrides_item_data)
                _date_overrides.append(date_overrides_item)

        if not isinstance(_date_overrides, Unset):
            data["dateOverrides"] = _date_overrides
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> int:
        return cast(int, self._req("id"))

    @property
    def name(self) -> str:
        return cast(str, self._req("name"))

    @property
    def is_managed(self) -> bool:
        return cast(bool, self._req("isManaged"))

    @property
    def working_hours(self) -> list[WorkingHours]:
        from ..models.working_hours import WorkingHours  # noqa: PLC0415

        working_hours = []
        _working_hours = self._req("workingHours")
        for working_hours_item_data in _working_hours:
            working_hours_item = WorkingHours.from_dict(working_hours_item_data)

            working_hours.append(working_hours_item)

        return working_hours

    @property
    def schedule(self) -> list[AvailabilityModel]:
        from ..models.availability_model import AvailabilityModel  # noqa: PLC0415

        schedule = []
        _schedule = self._req("schedule")
        for schedule_item_data in _schedule:
            schedule_item = AvailabilityModel.from_dict(schedule_item_data)

            schedule.append(schedule_item)

        return schedule

    @property
    def availability(self) -> list[list[Any]]:
        availability = []
        _availability = self._req("availability")
        for availability_item_data in _availability:
            availability_item = cast(list[Any], availability_item_data)

            availability.append(availability_item)

        return availability

    @property
    def time_zone(self) -> str:
        return cast(str, self._req("timeZone"))

    @property
    def is_default(self) -> bool:
        return cast(bool, self._req("isDefault"))

    @property
    def is_last_schedule(self) -> bool:
        return cast(bool, self._req("isLastSchedule"))

    @property
    def read_only(self) -> bool:
        return cast(bool, self._req("readOnly"))

    @property
    def date_overrides(self) -> list[ScheduleOutputDateOverridesItem] | Unset:
        from ..models.schedule_output_date_overrides_item import ScheduleOutputDateOverridesItem  # noqa: PLC0415

        _date_overrides = self._data.get("dateOverrides", UNSET)
        date_overrides: list[ScheduleOutputDateOverridesItem] | Unset = UNSET
        if _date_overrides is not UNSET:
            date_overrides = []
            for date_overrides_item_data in _date_overrides:
                date_overrides_item = ScheduleOutputDateOverridesItem.from_dict(date_overrides_item_data)

                date_overrides.append(date_overrides_item)

        return date_overrides
