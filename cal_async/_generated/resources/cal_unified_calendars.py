"""GENERATED CODE: do not edit. ``cal_unified_calendars`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Literal, Unpack

from cal_async._fields import (
    model,
)
from cal_async._operation import Operation, body, path
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


GET_CALENDAR_EVENT_DETAILS: Final[Operation[UnifiedCalendarEventOutput]] = Operation(
    "cal_unified_calendars",
    "get_calendar_event_details",
    "GET",
    "/v2/calendars/{calendar}/event/{eventUid}",
    (
        path("calendar", "calendar"),
        path("eventUid", "event_uid"),
    ),
    model("unified_calendar_event_output", "UnifiedCalendarEventOutput"),
    auth=("Authorization",),
    operation_id="CalUnifiedCalendarsController_getCalendarEventDetails",
    summary="Get meeting details from calendar",
)
UPDATE_CALENDAR_EVENT: Final[Operation[UnifiedCalendarEventOutput]] = Operation(
    "cal_unified_calendars",
    "update_calendar_event",
    "PATCH",
    "/v2/calendars/{calendar}/events/{eventUid}",
    (
        path("calendar", "calendar"),
        path("eventUid", "event_uid"),
        body(),
    ),
    model("unified_calendar_event_output", "UnifiedCalendarEventOutput"),
    auth=("Authorization",),
    operation_id="CalUnifiedCalendarsController_updateCalendarEvent",
    summary="Update meeting details in calendar",
)


class CalUnifiedCalendarsResource(APIResource):
    """Operations under ``cal_unified_calendars``."""

    async def get_calendar_event_details(
        self,
        calendar: CalUnifiedCalendarsGetCalendarEventDetailsCalendar | Literal["google"],
        event_uid: str,
        **options: Unpack[RequestOptions],
    ) -> UnifiedCalendarEventOutput:
        """Get meeting details from calendar.

        ``GET /v2/calendars/{calendar}/event/{eventUid}``

        Args:
            calendar:
            event_uid: The Google Calendar event ID. You can retrieve this by getting booking references from the following endpoints: - For team events: https://cal.com/docs/api-reference/v2/orgs-teams-bookings/get-booking-references-for-a-booking - For user events: https://cal.com/docs/api-reference/v2/bookings/get-booking-references-for-a-booking"""
        return await self._run(GET_CALENDAR_EVENT_DETAILS, options, calendar, event_uid)

    async def update_calendar_event(
        self,
        calendar: CalUnifiedCalendarsUpdateCalendarEventCalendar | Literal["google"],
        event_uid: str,
        *,
        body: UpdateUnifiedCalendarEventInput | UpdateUnifiedCalendarEventInputDict,
        **options: Unpack[RequestOptions],
    ) -> UnifiedCalendarEventOutput:
        """Update meeting details in calendar.

        ``PATCH /v2/calendars/{calendar}/events/{eventUid}``

        Args:
            calendar:
            event_uid: The Google Calendar event ID. You can retrieve this by getting booking references from the following endpoints: - For team events: https://cal.com/docs/api-reference/v2/orgs-teams-bookings/get-booking-references-for-a-booking - For user events: https://cal.com/docs/api-reference/v2/bookings/get-booking-references-for-a-booking
            body:"""
        return await self._run(UPDATE_CALENDAR_EVENT, options, calendar, event_uid, body)
