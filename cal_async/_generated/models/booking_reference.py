# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class BookingReference(ApiModel):
    """
    Attributes:
        type_ (str): The type of the booking reference
        event_uid (str): The event uid of the booking
        destination_calendar_id (None | str): The id of the calendar the event is created in
        id (int): The id of the booking reference
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "type",
            "eventUid",
            "destinationCalendarId",
            "id",
        }
    )
    _required = frozenset(
        {
            "type",
            "eventUid",
            "destinationCalendarId",
            "id",
        }
    )

    def __init__(
        self,
        *,
        type_: str,
        event_uid: str,
        destination_calendar_id: None | str,
        id: int,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = type_

        data["eventUid"] = event_uid

        data["destinationCalendarId"] = destination_calendar_id

        data["id"] = id

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> str:
        """The type of the booking reference"""
        return cast(str, self._req("type"))

    @property
    def event_uid(self) -> str:
        """The event uid of the booking"""
        return cast(str, self._req("eventUid"))

    @property
    def destination_calendar_id(self) -> None | str:
        """The id of the calendar the event is created in"""

        def _parse_destination_calendar_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        destination_calendar_id = _parse_destination_calendar_id(self._req("destinationCalendarId"))

        return destination_calendar_id

    @property
    def id(self) -> int:
        """The id of the booking reference"""
        return cast(int, self._req("id"))
