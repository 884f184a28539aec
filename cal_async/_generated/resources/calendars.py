"""GENERATED CODE: do not edit. ``calendars`` resource of the Cal.com API."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final, Literal, Unpack

from cal_async._fields import (
    ANY,
    list_of,
    model,
)
from cal_async._operation import Operation, body, path, query
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset

from ..models.calendars_check_calendar import CalendarsCheckCalendar
from ..models.calendars_delete_credentials_calendar import CalendarsDeleteCredentialsCalendar
from ..models.calendars_redirect_calendar import CalendarsRedirectCalendar
from ..models.calendars_save_calendar import CalendarsSaveCalendar
from ..models.calendars_sync_credentials_calendar import CalendarsSyncCredentialsCalendar

if TYPE_CHECKING:
    from ..models.busy_times_output import BusyTimesOutput
    from ..models.calendar_to_load import CalendarToLoad, CalendarToLoadDict
    from ..models.calendars_check_ics_feed_response_200 import CalendarsCheckIcsFeedResponse200
    from ..models.calendars_check_response_200 import CalendarsCheckResponse200
    from ..models.calendars_redirect_response_200 import CalendarsRedirectResponse200
    from ..models.connected_calendars_data import ConnectedCalendarsData
    from ..models.create_calendar_credentials_input import (
        CreateCalendarCredentialsInput,
        CreateCalendarCredentialsInputDict,
    )
    from ..models.create_ics_feed_input_dto import CreateIcsFeedInputDto, CreateIcsFeedInputDtoDict
    from ..models.create_ics_feed_output import CreateIcsFeedOutput
    from ..models.delete_calendar_credentials_input_body_dto import (
        DeleteCalendarCredentialsInputBodyDto,
        DeleteCalendarCredentialsInputBodyDtoDict,
    )
    from ..models.deleted_calendar_credentials_output_dto import DeletedCalendarCredentialsOutputDto

    pass


CHECK: Final[Operation[CalendarsCheckResponse200]] = Operation(
    "calendars",
    "check",
    "GET",
    "/v2/calendars/{calendar}/check",
    (path("calendar", "calendar"),),
    model("calendars_check_response_200", "CalendarsCheckResponse200"),
    auth=("Authorization",),
    enveloped=False,
    operation_id="CalendarsController_check",
    summary="Check a calendar connection",
)
CHECK_ICS_FEED: Final[Operation[CalendarsCheckIcsFeedResponse200]] = Operation(
    "calendars",
    "check_ics_feed",
    "GET",
    "/v2/calendars/ics-feed/check",
    (),
    model("calendars_check_ics_feed_response_200", "CalendarsCheckIcsFeedResponse200"),
    auth=("Authorization",),
    enveloped=False,
    operation_id="CalendarsController_checkIcsFeed",
    summary="Check an ICS feed",
)
CREATE_ICS_FEED: Final[Operation[CreateIcsFeedOutput]] = Operation(
    "calendars",
    "create_ics_feed",
    "POST",
    "/v2/calendars/ics-feed/save",
    (body(),),
    model("create_ics_feed_output", "CreateIcsFeedOutput"),
    auth=("Authorization",),
    operation_id="CalendarsController_createIcsFeed",
    summary="Save an ICS feed",
)
DELETE_CREDENTIALS: Final[Operation[DeletedCalendarCredentialsOutputDto]] = Operation(
    "calendars",
    "delete_credentials",
    "POST",
    "/v2/calendars/{calendar}/disconnect",
    (
        path("calendar", "calendar"),
        body(),
    ),
    model("deleted_calendar_credentials_output_dto", "DeletedCalendarCredentialsOutputDto"),
    auth=("Authorization",),
    operation_id="CalendarsController_deleteCalendarCredentials",
    summary="Disconnect a calendar",
)
GET: Final[Operation[ConnectedCalendarsData]] = Operation(
    "calendars",
    "get",
    "GET",
    "/v2/calendars",
    (),
    model("connected_calendars_data", "ConnectedCalendarsData"),
    auth=("Authorization",),
    operation_id="CalendarsController_getCalendars",
    summary="Get all calendars",
)
GET_BUSY_TIMES: Final[Operation[list[BusyTimesOutput]]] = Operation(
    "calendars",
    "get_busy_times",
    "GET",
    "/v2/calendars/busy-times",
    (
        query("loggedInUsersTz", "logged_in_users_tz", required=True),
        query("calendarsToLoad", "calendars_to_load", required=True),
        query("dateFrom", "date_from"),
        query("dateTo", "date_to"),
    ),
    list_of(model("busy_times_output", "BusyTimesOutput")),
    auth=("Authorization",),
    operation_id="CalendarsController_getBusyTimes",
    summary="Get busy times",
)
REDIRECT: Final[Operation[CalendarsRedirectResponse200]] = Operation(
    "calendars",
    "redirect",
    "GET",
    "/v2/calendars/{calendar}/connect",
    (
        path("calendar", "calendar"),
        query("isDryRun", "is_dry_run", required=True),
        query("redir", "redir"),
    ),
    model("calendars_redirect_response_200", "CalendarsRedirectResponse200"),
    auth=("Authorization",),
    enveloped=False,
    operation_id="CalendarsController_redirect",
    summary="Get OAuth connect URL",
)
SAVE: Final[Operation[Any]] = Operation(
    "calendars",
    "save",
    "GET",
    "/v2/calendars/{calendar}/save",
    (
        path("calendar", "calendar"),
        query("state", "state", required=True),
        query("code", "code", required=True),
    ),
    ANY,
    enveloped=False,
    operation_id="CalendarsController_save",
    summary="Save Google or Outlook calendar credentials",
)
SYNC_CREDENTIALS: Final[Operation[Any]] = Operation(
    "calendars",
    "sync_credentials",
    "POST",
    "/v2/calendars/{calendar}/credentials",
    (
        path("calendar", "calendar"),
        body(),
    ),
    ANY,
    auth=("Authorization",),
    enveloped=False,
    operation_id="CalendarsController_syncCredentials",
    summary="Save Apple calendar credentials",
)


class CalendarsResource(APIResource):
    """Operations under ``calendars``."""

    async def check(
        self,
        calendar: CalendarsCheckCalendar | Literal["apple", "google", "office365"],
        **options: Unpack[RequestOptions],
    ) -> CalendarsCheckResponse200:
        """Check a calendar connection.

        ``GET /v2/calendars/{calendar}/check``"""
        return await self._run(CHECK, options, calendar)

    async def check_ics_feed(
        self,
        **options: Unpack[RequestOptions],
    ) -> CalendarsCheckIcsFeedResponse200:
        """Check an ICS feed.

        ``GET /v2/calendars/ics-feed/check``"""
        return await self._run(CHECK_ICS_FEED, options)

    async def create_ics_feed(
        self,
        *,
        body: CreateIcsFeedInputDto | CreateIcsFeedInputDtoDict,
        **options: Unpack[RequestOptions],
    ) -> CreateIcsFeedOutput:
        """Save an ICS feed.

        ``POST /v2/calendars/ics-feed/save``"""
        return await self._run(CREATE_ICS_FEED, options, body)

    async def delete_credentials(
        self,
        calendar: CalendarsDeleteCredentialsCalendar | Literal["apple", "google", "office365"],
        *,
        body: DeleteCalendarCredentialsInputBodyDto | DeleteCalendarCredentialsInputBodyDtoDict,
        **options: Unpack[RequestOptions],
    ) -> DeletedCalendarCredentialsOutputDto:
        """Disconnect a calendar.

        ``POST /v2/calendars/{calendar}/disconnect``"""
        return await self._run(DELETE_CREDENTIALS, options, calendar, body)

    async def get(
        self,
        **options: Unpack[RequestOptions],
    ) -> ConnectedCalendarsData:
        """Get all calendars.

        ``GET /v2/calendars``"""
        return await self._run(GET, options)

    async def get_busy_times(
        self,
        *,
        logged_in_users_tz: str,
        calendars_to_load: CalendarToLoad | CalendarToLoadDict | Sequence[CalendarToLoad | CalendarToLoadDict],
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[BusyTimesOutput]:
        """Get busy times.

        ``GET /v2/calendars/busy-times``

        Args:
            logged_in_users_tz: The timezone of the logged in user represented as a string
            date_from: The starting date for the busy times query
            date_to: The ending date for the busy times query
            calendars_to_load: The calendars whose busy times to load, one credential and calendar id each"""
        return await self._run(GET_BUSY_TIMES, options, logged_in_users_tz, calendars_to_load, date_from, date_to)

    async def redirect(
        self,
        calendar: CalendarsRedirectCalendar | Literal["google", "office365"],
        *,
        is_dry_run: bool,
        redir: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CalendarsRedirectResponse200:
        """Get OAuth connect URL.

        ``GET /v2/calendars/{calendar}/connect``

        Args:
            calendar:
            is_dry_run:
            redir: Redirect URL after successful calendar authorization."""
        return await self._run(REDIRECT, options, calendar, is_dry_run, redir)

    async def save(
        self,
        calendar: CalendarsSaveCalendar | Literal["google", "office365"],
        *,
        state: str,
        code: str,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Save Google or Outlook calendar credentials.

        ``GET /v2/calendars/{calendar}/save``"""
        return await self._run(SAVE, options, calendar, state, code)

    async def sync_credentials(
        self,
        calendar: CalendarsSyncCredentialsCalendar | Literal["apple"],
        *,
        body: CreateCalendarCredentialsInput | CreateCalendarCredentialsInputDict,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Save Apple calendar credentials.

        ``POST /v2/calendars/{calendar}/credentials``"""
        return await self._run(SYNC_CREDENTIALS, options, calendar, body)
