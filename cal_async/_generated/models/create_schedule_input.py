# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_availability_input import ScheduleAvailabilityInput
    from ..models.schedule_override_input import ScheduleOverrideInput


class CreateScheduleInput(ApiModel):
    """
    Attributes:
        name (str):  Example: Catch up hours.
        time_zone (str): Timezone is used to calculate available times when an event using the schedule is booked.
            Example: Europe/Rome.
        is_default (bool): Each user should have 1 default schedule. If you specified `timeZone` when creating managed
            user, then the default schedule will be created with that timezone.
                Default schedule means that if an event type is not tied to a specific schedule then the default schedule is
            used. Example: True.
        availability (list[ScheduleAvailabilityInput] | Unset): Each object contains days and times when the user is
            available. If not passed, the default availability is Monday to Friday from 09:00 to 17:00. Example: [{'days':
            ['Monday', 'Tuesday'], 'startTime': '17:00', 'endTime': '19:00'}, {'days': ['Wednesday', 'Thursday'],
            'startTime': '16:00', 'endTime': '20:00'}].
        overrides (list[ScheduleOverrideInput] | Unset): Need to change availability for a specific date? Add an
            override. Example: [{'date': '2024-05-20', 'startTime': '18:00', 'endTime': '21:00'}].
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "name",
            "timeZone",
            "isDefault",
            "availability",
            "overrides",
        }
    )
    _required = frozenset(
        {
            "name",
            "timeZone",
            "isDefault",
        }
    )

    def __init__(
        self,
        *,
        name: str,
        time_zone: str,
        is_default: bool,
        availability: list[ScheduleAvailabilityInput] | Unset = UNSET,
        overrides: list[ScheduleOverrideInput] | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["name"] = name

        data["timeZone"] = time_zone

        data["isDefault"] = is_default

        _availability = UNSET
        if not isinstance(availability, Unset):
            _availability = []
            for availability_item_data in availability:
                availability_item = as_json(availability_item_data)
                _availability.append(availability_item)

        if not isinstance(_availability, Unset):
            data["availability"] = _availability
        _overrides = UNSET
        if not isinstance(overrides, Unset):
            _overrides = []
            for overrides_item_data in overrides:
                overrides_item = as_json(overrides_item_data)
                _overrides.append(overrides_item)

        if not isinstance(_overrides, Unset):
            data["overrides"] = _overrides
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def name(self) -> str:
        return cast(str, self._req("name"))

    @property
    def time_zone(self) -> str:
        """Timezone is used to calculate available times when an event using the schedule is booked."""
        return cast(str, self._req("timeZone"))

    @property
    def is_default(self) -> bool:
        """Each user should have 1 default schedule. If you specified `timeZone` when creating managed user,
        then the default schedule will be created with that timezone.
            Default schedule means that if an event type is not tied to a specific schedule then the default
        schedule is used."""
        return cast(bool, self._req("isDefault"))

    @property
    def availability(self) -> list[ScheduleAvailabilityInput] | Unset:
        """Each object contains days and times when the user is available. If not passed, the default
        availability is Monday to Friday from 09:00 to 17:00."""
        from ..models.schedule_availability_input import ScheduleAvailabilityInput  # noqa: PLC0415

        _availability = self._data.get("availability", UNSET)
        availability: list[ScheduleAvailabilityInput] | Unset = UNSET
        if _availability is not UNSET:
            availability = []
            for availability_item_data in _availability:
                availability_item = ScheduleAvailabilityInput.from_dict(availability_item_data)

                availability.append(availability_item)

        return availability

    @property
    def overrides(self) -> list[ScheduleOverrideInput] | Unset:
        """Need to change availability for a specific date? Add an override."""
        from ..models.schedule_override_input import ScheduleOverrideInput  # noqa: PLC0415

        _overrides = self._data.get("overrides", UNSET)
        overrides: list[ScheduleOverrideInput] | Unset = UNSET
        if _overrides is not UNSET:
            overrides = []
            for overrides_item_data in _overrides:
                overrides_item = ScheduleOverrideInput.from_dict(overrides_item_data)

                overrides.append(overrides_item)

        return overrides
