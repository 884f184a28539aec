# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.calendar_event_status import CalendarEventStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_calendar_event_attendee import UpdateCalendarEventAttendee
    from ..models.update_unified_calendar_event_input_end import UpdateUnifiedCalendarEventInputEnd
    from ..models.update_unified_calendar_event_input_start import UpdateUnifiedCalendarEventInputStart


class UpdateUnifiedCalendarEventInput(ApiModel):
    """
    Attributes:
        start (UpdateUnifiedCalendarEventInputStart | Unset): Start date and time of the calendar event with timezone
            information
        end (UpdateUnifiedCalendarEventInputEnd | Unset): End date and time of the calendar event with timezone
            information
        title (str | Unset): Title of the calendar event
        description (None | str | Unset): Detailed description of the calendar event
        attendees (list[UpdateCalendarEventAttendee] | None | Unset): List of attendees. CAUTION: You must pass the
            entire array with all updated values. Any attendees not included in this array will be removed from the event.
        status (CalendarEventStatus | Unset): Status of the event (accepted, pending, declined, cancelled)
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "start",
            "end",
            "title",
            "description",
            "attendees",
            "status",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        start: UpdateUnifiedCalendarEventInputStart | Unset = UNSET,
        end: UpdateUnifiedCalendarEventInputEnd | Unset = UNSET,
        title: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        attendees: list[UpdateCalendarEventAttendee] | None | Unset = UNSET,
        status: CalendarEventStatus | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        _start = UNSET
        if not isinstance(start, Unset):
            _start = as_json(start)

        if not isinstance(_start, Unset):
            data["start"] = _start
        _end = UNSET
        if not isinstance(end, Unset):
            _end = as_json(end)

        if not isinstance(_end, Unset):
            data["end"] = _end
        _title = title

        if not isinstance(_title, Unset):
            data["title"] = _title

        if isinstance(description, Unset):
            _description = UNSET
        else:
            _description = description

        if not isinstance(_description, Unset):
            data["description"] = _description

        if isinstance(attendees, Unset):
            _attendees = UNSET
        elif isinstance(attendees, list):
            _attendees = []
            for attendees_type_0_item_data in attendees:
                attendees_type_0_item = as_json(attendees_type_0_item_data)
                _attendees.append(attendees_type_0_item)

        else:
            _attendees = attendees

        if not isinstance(_attendees, Unset):
            data["attendees"] = _attendees
        _status = UNSET
        if not isinstance(status, Unset):
            _status = CalendarEventStatus(status).value

        if not isinstance(_status, Unset):
            data["status"] = _status
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def start(self) -> UpdateUnifiedCalendarEventInputStart | Unset:
        """Start date and time of the calendar event with timezone information"""
        from ..models.update_unified_calendar_event_input_start import UpdateUnifiedCalendarEventInputStart  # noqa: PLC0415

        _start = self._data.get("start", UNSET)
        start: UpdateUnifiedCalendarEventInputStart | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = UpdateUnifiedCalendarEventInputStart.from_dict(_start)

        return start

    @property
    def end(self) -> UpdateUnifiedCalendarEventInputEnd | Unset:
        """End date and time of the calendar event with timezone information"""
        from ..models.update_unified_calendar_event_input_end import UpdateUnifiedCalendarEventInputEnd  # noqa: PLC0415

        _end = self._data.get("end", UNSET)
        end: UpdateUnifiedCalendarEventInputEnd | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = UpdateUnifiedCalendarEventInputEnd.from_dict(_end)

        return end

    @property
    def title(self) -> str | Unset:
        """Title of the calendar event"""
        return cast(str | Unset, self._data.get("title", UNSET))

    @property
    def description(self) -> None | str | Unset:
        """Detailed description of the calendar event"""

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(self._data.get("description", UNSET))

        return description

    @property
    def attendees(self) -> list[UpdateCalendarEventAttendee] | None | Unset:
        """List of attendees. CAUTION: You must pass the entire array with all updated values. Any attendees
        not included in this array will be removed from the event."""
        from ..models.update_calendar_event_attendee import UpdateCalendarEventAttendee  # noqa: PLC0415

        def _parse_attendees(data: object) -> list[UpdateCalendarEventAttendee] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, list) and all(UpdateCalendarEventAttendee._matches(_item) for _item in data)):
                    raise TypeError()
                attendees_type_0 = []
                _attendees_type_0 = data
                for attendees_type_0_item_data in _attendees_type_0:
                    attendees_type_0_item = UpdateCalendarEventAttendee.from_dict(attendees_type_0_item_data)

                    attendees_type_0.append(attendees_type_0_item)

                return attendees_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UpdateCalendarEventAttendee] | None | Unset, data)

        attendees = _parse_attendees(self._data.get("attendees", UNSET))

        return attendees

    @property
    def status(self) -> CalendarEventStatus | Unset:
        """Status of the event (accepted, pending, declined, cancelled)"""
        _status = self._data.get("status", UNSET)
        status: CalendarEventStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CalendarEventStatus(_status)

        return status
