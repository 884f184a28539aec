# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_availability_input import ScheduleAvailabilityInput
    from ..models.schedule_override_input import ScheduleOverrideInput


class UpdateScheduleInput(ApiModel):
    """
    Attributes:
        name (str | Unset):  Example: One-on-one coaching.
        time_zone (str | Unset):  Example: Europe/Rome.
        availability (list[ScheduleAvailabilityInput] | Unset):  Example: [{'days': ['Monday', 'Tuesday'], 'startTime':
            '09:00', 'endTime': '10:00'}].
        is_default (bool | Unset):  Example: True.
        overrides (list[ScheduleOverrideInput] | Unset):  Example: [{'date': '2024-05-20', 'startTime': '12:00',
            'endTime': '14:00'}].
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "name",
            "timeZone",
            "availability",
            "isDefault",
            "overrides",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        availability: list[ScheduleAvailabilityInput] | Unset = UNSET,
        is_default: bool | Unset = UNSET,
        overrides: list[ScheduleOverrideInput] | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        _name = name

        if not isinstance(_name, Unset):
            data["name"] = _name
        _time_zone = time_zone

        if not isinstance(_time_zone, Unset):
            data["timeZone"] = _time_zone
        _availability = UNSET
        if not isinstance(availability, Unset):
            _availability = []
            for availability_item_data in availability:
                availability_item = as_json(availability_item_data)
                _availability.append(availability_item)

        if not isinstance(_availability, Unset):
            data["availability"] = _availability
        _is_default = is_default

        if not isinstance(_is_default, Unset):
            data["isDefault"] = _is_default
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
    def name(self) -> str | Unset:
        return cast(str | Unset, self._data.get("name", UNSET))

    @property
    def time_zone(self) -> str | Unset:
        return cast(str | Unset, self._data.get("timeZone", UNSET))

    @property
    def availability(self) -> list[ScheduleAvailabilityInput] | Unset:
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
    def is_default(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("isDefault", UNSET))

    @property
    def overrides(self) -> list[ScheduleOverrideInput] | Unset:
        from ..models.schedule_override_input import ScheduleOverrideInput  # noqa: PLC0415

        _overrides = self._data.get("overrides", UNSET)
        overrides: list[ScheduleOverrideInput] | Unset = UNSET
        if _overrides is not UNSET:
            overrides = []
            for overrides_item_data in _overrides:
                overrides_item = ScheduleOverrideInput.from_dict(overrides_item_data)

                overrides.append(overrides_item)

        return overrides
