# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

if TYPE_CHECKING:
    from ..models.schedule_availability_input import ScheduleAvailabilityInput
    from ..models.schedule_override_input import ScheduleOverrideInput


class ScheduleOutput20240611(ApiModel):
    """
    Attributes:
        id (int):  Example: 254.
        owner_id (int):  Example: 478.
        name (str):  Example: Catch up hours.
        time_zone (str):  Example: Europe/Rome.
        availability (list[ScheduleAvailabilityInput]):  Example: [{'days': ['Monday', 'Tuesday'], 'startTime': '17:00',
            'endTime': '19:00'}, {'days': ['Wednesday', 'Thursday'], 'startTime': '16:00', 'endTime': '20:00'}].
        is_default (bool):  Example: True.
        overrides (list[ScheduleOverrideInput]):  Example: [{'date': '2024-05-20', 'startTime': '18:00', 'endTime':
            '21:00'}].
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "ownerId",
            "name",
            "timeZone",
            "availability",
            "isDefault",
            "overrides",
        }
    )
    _required = frozenset(
        {
            "id",
            "ownerId",
            "name",
            "timeZone",
            "availability",
            "isDefault",
            "overrides",
        }
    )

    def __init__(
        self,
        *,
        id: int,
        owner_id: int,
        name: str,
        time_zone: str,
        availability: list[ScheduleAvailabilityInput],
        is_default: bool,
        overrides: list[ScheduleOverrideInput],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["ownerId"] = owner_id

        data["name"] = name

        data["timeZone"] = time_zone

        data["availability"] = []
        for availability_item_data in availability:
            availability_item = as_json(availability_item_data)
            data["availability"].append(availability_item)

        data["isDefault"] = is_default

        data["overrides"] = []
        for overrides_item_data in overrides:
            overrides_item = as_json(overrides_item_data)
            data["overrides"].append(overrides_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> int:
        return cast(int, self._req("id"))

    @property
    def owner_id(self) -> int:
        return cast(int, self._req("ownerId"))

    @property
    def name(self) -> str:
        return cast(str, self._req("name"))

    @property
    def time_zone(self) -> str:
        return cast(str, self._req("timeZone"))

    @property
    def availability(self) -> list[ScheduleAvailabilityInput]:
        from ..models.schedule_availability_input import ScheduleAvailabilityInput  # noqa: PLC0415

        availability = []
        _availability = self._req("availability")
        for availability_item_data in _availability:
            availability_item = ScheduleAvailabilityInput.from_dict(availability_item_data)

            availability.append(availability_item)

        return availability

    @property
    def is_default(self) -> bool:
        return cast(bool, self._req("isDefault"))

    @property
    def overrides(self) -> list[ScheduleOverrideInput]:
        from ..models.schedule_override_input import ScheduleOverrideInput  # noqa: PLC0415

        overrides = []
        _overrides = self._req("overrides")
        for overrides_item_data in _overrides:
            overrides_item = ScheduleOverrideInput.from_dict(overrides_item_data)

            overrides.append(overrides_item)

        return overrides
