"""GENERATED CODE: do not edit. ``cal_unified_calendars`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource

from ..models.cal_unified_calendars_get_calendar_event_details_calendar import (
    CalUnifiedCalendarsGetCalendarEventDetailsCalendar,
)
from ..models.cal_unified_calendars_update_calendar_event_calendar import CalUnifiedCalendarsUpdateCalendarEventCalendar

if TYPE_CHECKING:
    from ..models.unified_calendar_event_output import UnifiedCalendarEventOutput
    from ..models.update_unified_calendar_event_input import (
        UpdateUnifiedCalendarEventInput,
        UpdateUnifiedCalendarEventInputDict,
    )

    pass


class CalUnifiedCalendarsResource(APIResource):
    """Operations under ``cal_unified_calendars``."""

    async def get_calendar_event_details(
        self,
        calendar: CalUnifiedCalendarsGetCalendarEventDetailsCalendar | Literal["google"],
        event_uid: str,
        **options: Unpack[RequestOptions],
    ) -> UnifiedCalendarEventOutput:
        """Get meeting details from calendar.

        ``GET /v2/calendars/{calendar}/event/{event_uid}``

        Args:
            calendar (CalUnifiedCalendarsGetCalendarEventDetailsCalendar):
            event_uid (str):"""
        from ..api.cal_unified_calendars import cal_unified_calendars_get_calendar_event_details as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            calendar,
            event_uid,
        )

    async def update_calendar_event(
        self,
        calendar: CalUnifiedCalendarsUpdateCalendarEventCalendar | Literal["google"],
        event_uid: str,
        *,
        body: UpdateUnifiedCalendarEventInput | UpdateUnifiedCalendarEventInputDict,
        **options: Unpack[RequestOptions],
    ) -> UnifiedCalendarEventOutput:
        """Update meeting details in calendar.

        ``PATCH /v2/calendars/{calendar}/events/{event_uid}``

        Args:
            calendar (CalUnifiedCalendarsUpdateCalendarEventCalendar):
            event_uid (str):
            body (UpdateUnifiedCalendarEventInput):"""
        from ..api.cal_unified_calendars import cal_unified_calendars_update_calendar_event as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            calendar,
            event_uid,
            body=body,
        )
