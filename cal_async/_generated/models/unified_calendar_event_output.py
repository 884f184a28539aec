# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.calendar_event_status import CalendarEventStatus
from ..models.calendar_source import CalendarSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.calendar_event_attendee import CalendarEventAttendee
    from ..models.calendar_event_host import CalendarEventHost
    from ..models.calendar_event_more_location import CalendarEventMoreLocation
    from ..models.calendar_event_owner import CalendarEventOwner
    from ..models.calendar_event_phone_location import CalendarEventPhoneLocation
    from ..models.calendar_event_sip_location import CalendarEventSipLocation
    from ..models.calendar_event_video_location import CalendarEventVideoLocation
    from ..models.unified_calendar_event_output_end import UnifiedCalendarEventOutputEnd
    from ..models.unified_calendar_event_output_start import UnifiedCalendarEventOutputStart


class UnifiedCalendarEventOutput(ApiModel):
    """
    Attributes:
        start (UnifiedCalendarEventOutputStart): Start date and time of the calendar event with timezone information
        end (UnifiedCalendarEventOutputEnd): End date and time of the calendar event with timezone information
        id (str): Unique identifier of the calendar event
        title (str): Title of the calendar event
        source (CalendarSource): Calendar integration source (e.g., Google Calendar, Office 365, Apple Calendar).
            Currently only Google Calendar is supported.
        description (None | str | Unset): Detailed description of the calendar event
        locations (list[CalendarEventMoreLocation | CalendarEventPhoneLocation | CalendarEventSipLocation |
            CalendarEventVideoLocation] | None | Unset): Conference locations with entry points (video, phone, sip, more)
        attendees (list[CalendarEventAttendee] | None | Unset): List of attendees with their response status
        status (CalendarEventStatus | Unset): Status of the event (accepted, pending, declined, cancelled)
        hosts (list[CalendarEventHost] | None | Unset): Information about the event hosts (organizers)
        calendar_event_owner (CalendarEventOwner | None | Unset): The calendar account that owns this event. This is the
            primary calendar where the event is stored and cannot be modified without appropriate permissions. Changing this
            would require moving the event to a different calendar
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "start",
            "end",
            "id",
            "title",
            "source",
            "description",
            "locations",
            "attendees",
            "status",
            "hosts",
            "calendarEventOwner",
        }
    )
    _required = frozenset(
        {
            "start",
            "end",
            "id",
            "title",
            "source",
        }
    )

    def __init__(
        self,
        *,
        start: UnifiedCalendarEventOutputStart,
        end: UnifiedCalendarEventOutputEnd,
        id: str,
        title: str,
        source: CalendarSource,
        description: None | str | Unset = UNSET,
        locations: list[
            CalendarEventMoreLocation
            | CalendarEventPhoneLocation
            | CalendarEventSipLocation
            | CalendarEventVideoLocation
        ]
        | None
        | Unset = UNSET,
        attendees: list[CalendarEventAttendee] | None | Unset = UNSET,
        status: CalendarEventStatus | Unset = UNSET,
        hosts: list[CalendarEventHost] | None | Unset = UNSET,
        calendar_event_owner: CalendarEventOwner | None | Unset = UNSET,
        **extra: Any,
    ) -> None:
        from ..models.calendar_event_owner import CalendarEventOwner  # noqa: PLC0415
        from ..models.calendar_event_phone_location import CalendarEventPhoneLocation  # noqa: PLC0415
        from ..models.calendar_event_sip_location import CalendarEventSipLocation  # noqa: PLC0415
        from ..models.calendar_event_video_location import CalendarEventVideoLocation  # noqa: PLC0415

        data: dict[str, Any] = {}
        data["start"] = as_json(start)

        data["end"] = as_json(end)

        data["id"] = id

        data["title"] = title

        data["source"] = CalendarSource(source).value

        if isinstance(description, Unset):
            _description = UNSET
        else:
            _description = description

        if not isinstance(_description, Unset):
            data["description"] = _description

        if isinstance(locations, Unset):
            _locations = UNSET
        elif isinstance(locations, list):
            _locations = []
            for locations_type_0_item_data in locations:
                locations_type_0_item: dict[str, Any]
                if isinstance(locations_type_0_item_data, CalendarEventVideoLocation):
                    locations_type_0_item = as_json(locations_type_0_item_data)
                elif isinstance(locations_type_0_item_data, CalendarEventPhoneLocation):
                    locations_type_0_item = as_json(locations_type_0_item_data)
                elif isinstance(locations_type_0_item_data, CalendarEventSipLocation):
                    locations_type_0_item = as_json(locations_type_0_item_data)
                else:
                    locations_type_0_item = as_json(locations_type_0_item_data)

                _locations.append(locations_type_0_item)

        else:
            _locations = locations

        if not isinstance(_locations, Unset):
            data["locations"] = _locations

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

        if isinstance(hosts, Unset):
            _hosts = UNSET
        elif isinstance(hosts, list):
            _hosts = []
            for hosts_type_0_item_data in hosts:
                hosts_type_0_item = as_json(hosts_type_0_item_data)
                _hosts.append(hosts_type_0_item)

        else:
            _hosts = hosts

        if not isinstance(_hosts, Unset):
            data["hosts"] = _hosts

        if isinstance(calendar_event_owner, Unset):
            _calendar_event_owner = UNSET
        elif isinstance(calendar_event_owner, CalendarEventOwner):
            _calendar_event_owner = as_json(calendar_event_owner)
        else:
            _calendar_event_owner = calendar_event_owner

        if not isinstance(_calendar_event_owner, Unset):
            data["calendarEventOwner"] = _calendar_event_owner
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def start(self) -> UnifiedCalendarEventOutputStart:
        """Start date and time of the calendar event with timezone information"""
        from ..models.unified_calendar_event_output_start import UnifiedCalendarEventOutputStart  # noqa: PLC0415

        start = UnifiedCalendarEventOutputStart.from_dict(self._req("start"))

        return start

    @property
    def end(self) -> UnifiedCalendarEventOutputEnd:
        """End date and time of the calendar event with timezone information"""
        from ..models.unified_calendar_event_output_end import UnifiedCalendarEventOutputEnd  # noqa: PLC0415

        end = UnifiedCalendarEventOutputEnd.from_dict(self._req("end"))

        return end

    @property
    def id(self) -> str:
        """Unique identifier of the calendar event"""
        return cast(str, self._req("id"))

    @property
    def title(self) -> str:
        """Title of the calendar event"""
        return cast(str, self._req("title"))

    @property
    def source(self) -> CalendarSource:
        """Calendar integration source (e.g., Google Calendar, Office 365, Apple Calendar). Currently only
        Google Calendar is supported."""
        source = CalendarSource(self._req("source"))

        return source

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
    def locations(
        self,
    ) -> (
        list[
            CalendarEventMoreLocation
            | CalendarEventPhoneLocation
            | CalendarEventSipLocation
            | CalendarEventVideoLocation
        ]
        | None
        | Unset
    ):
        """Conference locations with entry points (video, phone, sip, more)"""
        from ..models.calendar_event_more_location import CalendarEventMoreLocation  # noqa: PLC0415
        from ..models.calendar_event_phone_location import CalendarEventPhoneLocation  # noqa: PLC0415
        from ..models.calendar_event_sip_location import CalendarEventSipLocation  # noqa: PLC0415
        from ..models.calendar_event_video_location import CalendarEventVideoLocation  # noqa: PLC0415

        def _parse_locations(
            data: object,
        ) -> (
            list[
                CalendarEventMoreLocation
                | CalendarEventPhoneLocation
                | CalendarEventSipLocation
                | CalendarEventVideoLocation
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                locations_type_0 = []
                _locations_type_0 = data
                for locations_type_0_item_data in _locations_type_0:

                    def _parse_locations_type_0_item(
                        data: object,
                    ) -> (
                        CalendarEventMoreLocation
                        | CalendarEventPhoneLocation
                        | CalendarEventSipLocation
                        | CalendarEventVideoLocation
                    ):
                        try:
                            if not CalendarEventVideoLocation._matches(data):
                                raise TypeError()
                            locations_type_0_item_type_0 = CalendarEventVideoLocation.from_dict(data)

                            return locations_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not CalendarEventPhoneLocation._matches(data):
                                raise TypeError()
                            locations_type_0_item_type_1 = CalendarEventPhoneLocation.from_dict(data)

                            return locations_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not CalendarEventSipLocation._matches(data):
                                raise TypeError()
                            locations_type_0_item_type_2 = CalendarEventSipLocation.from_dict(data)

                            return locations_type_0_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not CalendarEventMoreLocation._matches(data):
                                raise TypeError()
                            locations_type_0_item_type_3 = CalendarEventMoreLocation.from_dict(data)

                            return locations_type_0_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(
                            CalendarEventMoreLocation
                            | CalendarEventPhoneLocation
                            | CalendarEventSipLocation
                            | CalendarEventVideoLocation,
                            data,
                        )

                    locations_type_0_item = _parse_locations_type_0_item(locations_type_0_item_data)

                    locations_type_0.append(locations_type_0_item)

                return locations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    CalendarEventMoreLocation
                    | CalendarEventPhoneLocation
                    | CalendarEventSipLocation
                    | CalendarEventVideoLocation
                ]
                | None
                | Unset,
                data,
            )

        locations = _parse_locations(self._data.get("locations", UNSET))

        return locations

    @property
    def attendees(self) -> list[CalendarEventAttendee] | None | Unset:
        """List of attendees with their response status"""
        from ..models.calendar_event_attendee import CalendarEventAttendee  # noqa: PLC0415

        def _parse_attendees(data: object) -> list[CalendarEventAttendee] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, list) and all(CalendarEventAttendee._matches(_item) for _item in data)):
                    raise TypeError()
                attendees_type_0 = []
                _attendees_type_0 = data
                for attendees_type_0_item_data in _attendees_type_0:
                    attendees_type_0_item = CalendarEventAttendee.from_dict(attendees_type_0_item_data)

                    attendees_type_0.append(attendees_type_0_item)

                return attendees_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CalendarEventAttendee] | None | Unset, data)

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

    @property
    def hosts(self) -> list[CalendarEventHost] | None | Unset:
        """Information about the event hosts (organizers)"""
        from ..models.calendar_event_host import CalendarEventHost  # noqa: PLC0415

        def _parse_hosts(data: object) -> list[CalendarEventHost] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, list) and all(CalendarEventHost._matches(_item) for _item in data)):
                    raise TypeError()
                hosts_type_0 = []
                _hosts_type_0 = data
                for hosts_type_0_item_data in _hosts_type_0:
                    hosts_type_0_item = CalendarEventHost.from_dict(hosts_type_0_item_data)

                    hosts_type_0.append(hosts_type_0_item)

                return hosts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CalendarEventHost] | None | Unset, data)

        hosts = _parse_hosts(self._data.get("hosts", UNSET))

        return hosts

    @property
    def calendar_event_owner(self) -> CalendarEventOwner | None | Unset:
        """The calendar account that owns this event. This is the primary calendar where the event is stored
        and cannot be modified without appropriate permissions. Changing this would require moving the event
        to a different calendar"""
        from ..models.calendar_event_owner import CalendarEventOwner  # noqa: PLC0415

        def _parse_calendar_event_owner(data: object) -> CalendarEventOwner | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not CalendarEventOwner._matches(data):
                    raise TypeError()
                calendar_event_owner_type_1 = CalendarEventOwner.from_dict(data)

                return calendar_event_owner_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CalendarEventOwner | None | Unset, data)

        calendar_event_owner = _parse_calendar_event_owner(self._data.get("calendarEventOwner", UNSET))

        return calendar_event_owner
