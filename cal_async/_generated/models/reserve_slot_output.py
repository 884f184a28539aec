# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class ReserveSlotOutput(ApiModel):
    """
    Attributes:
        event_type_id (int): The ID of the event type for which slot was reserved. Example: 1.
        slot_start (str): ISO 8601 datestring in UTC timezone representing available slot. Example:
            2024-09-04T09:00:00Z.
        slot_end (str): ISO 8601 datestring in UTC timezone representing slot end. Example: 2024-09-04T10:00:00Z.
        slot_duration (float): By default slot duration is equal to event type length, but if you want to reserve a slot
            for an event type that has a variable length you can specify it here. If you don't have this set explicitly that
            event type can have one of many lengths you can omit this. Example: 30.
        reservation_uid (str): The unique identifier of the reservation. Use it to update, get or delete the
            reservation. Example: e84be5a3-4696-49e3-acc7-b2f3999c3b94.
        reservation_duration (float): For how many minutes the slot is reserved - for this long time noone else can book
            this event type at `start` time. Example: 5.
        reservation_until (str): ISO 8601 datestring in UTC timezone representing time until which the slot is reserved.
            Example: 2023-09-04T10:00:00Z.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "eventTypeId",
            "slotStart",
            "slotEnd",
            "slotDuration",
            "reservationUid",
            "reservationDuration",
            "reservationUntil",
        }
    )
    _required = frozenset(
        {
            "eventTypeId",
            "slotStart",
            "slotEnd",
            "slotDuration",
            "reservationUid",
            "reservationDuration",
            "reservationUntil",
        }
    )

    def __init__(
        self,
        *,
        event_type_id: int,
        slot_start: str,
        slot_end: str,
        slot_duration: float,
        reservation_uid: str,
        reservation_duration: float,
        reservation_until: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["eventTypeId"] = event_type_id

        data["slotStart"] = slot_start

        data["slotEnd"] = slot_end

        data["slotDuration"] = slot_duration

        data["reservationUid"] = reservation_uid

        data["reservationDuration"] = reservation_duration

        data["reservationUntil"] = reservation_until

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def event_type_id(self) -> int:
        """The ID of the event type for which slot was reserved."""
        return cast(int, self._req("eventTypeId"))

    @property
    def slot_start(self) -> str:
        """ISO 8601 datestring in UTC timezone representing available slot."""
        return cast(str, self._req("slotStart"))

    @property
    def slot_end(self) -> str:
        """ISO 8601 datestring in UTC timezone representing slot end."""
        return cast(str, self._req("slotEnd"))

    @property
    def slot_duration(self) -> float:
        """By default slot duration is equal to event type length, but if you want to reserve a slot for an
        event type that has a variable length you can specify it here. If you don't have this set explicitly
        that event type can have one of many lengths you can omit this."""
        return cast(float, self._req("slotDuration"))

    @property
    def reservation_uid(self) -> str:
        """The unique identifier of the reservation. Use it to update, get or delete the reservation."""
        return cast(str, self._req("reservationUid"))

    @property
    def reservation_duration(self) -> float:
        """For how many minutes the slot is reserved - for this long time noone else can book this event type
        at `start` time."""
        return cast(float, self._req("reservationDuration"))

    @property
    def reservation_until(self) -> str:
        """ISO 8601 datestring in UTC timezone representing time until which the slot is reserved."""
        return cast(str, self._req("reservationUntil"))
