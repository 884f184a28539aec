# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

if TYPE_CHECKING:
    from ..models.connected_calendar import ConnectedCalendar
    from ..models.destination_calendar import DestinationCalendar


class ConnectedCalendarsData(ApiModel):
    """
    Attributes:
        connected_calendars (list[ConnectedCalendar]):
        destination_calendar (DestinationCalendar):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "connectedCalendars",
            "destinationCalendar",
        }
    )
    _required = frozenset(
        {
            "connectedCalendars",
            "destinationCalendar",
        }
    )

    def __init__(
        self,
        *,
        connected_calendars: list[ConnectedCalendar],
        destination_calendar: DestinationCalendar,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["connectedCalendars"] = []
        for connected_calendars_item_data in connected_calendars:
            connected_calendars_item = as_json(connected_calendars_item_data)
            data["connectedCalendars"].append(connected_calendars_item)

        data["destinationCalendar"] = as_json(destination_calendar)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def connected_calendars(self) -> list[ConnectedCalendar]:
        from ..models.connected_calendar import ConnectedCalendar  # noqa: PLC0415

        connected_calendars = []
        _connected_calendars = self._req("connectedCalendars")
        for connected_calendars_item_data in _connected_calendars:
            connected_calendars_item = ConnectedCalendar.from_dict(connected_calendars_item_data)

            connected_calendars.append(connected_calendars_item)

        return connected_calendars

    @property
    def destination_calendar(self) -> DestinationCalendar:
        from ..models.destination_calendar import DestinationCalendar  # noqa: PLC0415

        destination_calendar = DestinationCalendar.from_dict(self._req("destinationCalendar"))

        return destination_calendar
