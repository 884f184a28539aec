# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class Seats(ApiModel):
    """
    Attributes:
        seats_per_time_slot (float): Number of seats available per time slot Example: 4.
        show_attendee_info (bool): Show attendee information to other guests Example: True.
        show_availability_count (bool): Display the count of available seats Example: True.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "seatsPerTimeSlot",
            "showAttendeeInfo",
            "showAvailabilityCount",
        }
    )
    _required = frozenset(
        {
            "seatsPerTimeSlot",
            "showAttendeeInfo",
            "showAvailabilityCount",
        }
    )

    def __init__(
        self,
        *,
        seats_per_time_slot: float,
        show_attendee_info: bool,
        show_availability_count: bool,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["seatsPerTimeSlot"] = seats_per_time_slot

        data["showAttendeeInfo"] = show_attendee_info

        data["showAvailabilityCount"] = show_availability_count

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def seats_per_time_slot(self) -> float:
        """Number of seats available per time slot"""
        return cast(float, self._req("seatsPerTimeSlot"))

    @property
    def show_attendee_info(self) -> bool:
        """Show attendee information to other guests"""
        return cast(bool, self._req("showAttendeeInfo"))

    @property
    def show_availability_count(self) -> bool:
        """Display the count of available seats"""
        return cast(bool, self._req("showAvailabilityCount"))
