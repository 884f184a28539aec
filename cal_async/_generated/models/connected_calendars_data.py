# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    from .connected_calendar import ConnectedCalendar, ConnectedCalendarDict
    from .destination_calendar_legacy import DestinationCalendarLegacy, DestinationCalendarLegacyDict

    pass


class ConnectedCalendarsData(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    connected_calendars: list[ConnectedCalendar] = field(
        "connectedCalendars", list_of(model("connected_calendar", "ConnectedCalendar")), required=True
    )
    destination_calendar: DestinationCalendarLegacy = field(
        "destinationCalendar", model("destination_calendar_legacy", "DestinationCalendarLegacy"), required=True
    )

    def __init__(
        self,
        *,
        connected_calendars: list[ConnectedCalendar],
        destination_calendar: DestinationCalendarLegacy,
    ) -> None:
        self._set(
            {
                "connectedCalendars": connected_calendars,
                "destinationCalendar": destination_calendar,
            }
        )


class ConnectedCalendarsDataDict(TypedDict, total=False):
    """``ConnectedCalendarsData`` as a plain dict with the API's JSON names, for request bodies."""

    connectedCalendars: Required[Sequence[ConnectedCalendar | ConnectedCalendarDict]]
    destinationCalendar: Required[DestinationCalendarLegacy | DestinationCalendarLegacyDict]
