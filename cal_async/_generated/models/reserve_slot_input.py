# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class ReserveSlotInput(ApiModel):
    """
    Attributes:
        event_type_id (int): The ID of the event type for which slot should be reserved. Example: 1.
        slot_start (str): ISO 8601 datestring in UTC timezone representing available slot. Example:
            2024-09-04T09:00:00Z.
        slot_duration (float | Unset): By default slot duration is equal to event type length, but if you want to
            reserve a slot for an event type that has a variable length you can specify it here as a number in minutes. If
            you don't have this set explicitly that event type can have one of many lengths you can omit this. Example: 30.
        reservation_duration (float | Unset): ONLY for authenticated requests with api key, access token or OAuth
            credentials (ID + secret).

                  For how many minutes the slot should be reserved - for this long time noone else can book this event type
            at `start` time. If not provided, defaults to 5 minutes. Example: 5.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "eventTypeId",
            "slotStart",
            "slotDuration",
            "reservationDuration",
        }
    )
    _required = frozenset(
        {
            "eventTypeId",
            "slotStart",
        }
    )

    def __init__(
        self,
        *,
        event_type_id: int,
        slot_start: str,
        slot_duration: float | Unset = UNSET,
        reservation_duration: float | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["eventTypeId"] = event_type_id

        data["slotStart"] = slot_start

        _slot_duration = slot_duration

        if not isinstance(_slot_duration, Unset):
            data["slotDuration"] = _slot_duration
        _reservation_duration = reservation_duration

        if not isinstance(_reservation_duration, Unset):
            data["reservationDuration"] = _reservation_duration
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def event_type_id(self) -> int:
        """The ID of the event type for which slot should be reserved."""
        return cast(int, self._req("eventTypeId"))

    @property
    def slot_start(self) -> str:
        """ISO 8601 datestring in UTC timezone representing available slot."""
        return cast(str, self._req("slotStart"))

    @property
    def slot_duration(self) -> float | Unset:
        """By default slot duration is equal to event type length, but if you want to reserve a slot for an
        event type that has a variable length you can specify it here as a number in minutes. If you don't
        have this set explicitly that event type can have one of many lengths you can omit this."""
        return cast(float | Unset, self._data.get("slotDuration", UNSET))

    @property
    def reservation_duration(self) -> float | Unset:
        """ONLY for authenticated requests with api key, access token or OAuth credentials (ID + secret).

              For how many minutes the slot should be reserved - for this long time noone else can book this
        event type at `start` time. If not provided, defaults to 5 minutes."""
        return cast(float | Unset, self._data.get("reservationDuration", UNSET))
