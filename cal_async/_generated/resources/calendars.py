"""GENERATED CODE: do not edit. ``calendars`` resource of the Cal.com API."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset
from cal_async.resources.calendars import CalendarHelpers

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


class CalendarsOperations(APIResource):
    """Operations under ``calendars``."""

    async def check(
        self,
        calendar: CalendarsCheckCalendar | Literal["apple", "google", "office365"],
        **options: Unpack[RequestOptions],
    ) -> CalendarsCheckResponse200:
        """Check a calendar connection.

        ``GET /v2/calendars/{calendar}/check``

        Args:
            calendar (CalendarsCheckCalendar):"""
        from ..api.calendars import calendars_check as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            calendar,
        )

    async def check_ics_feed(
        self,
        **options: Unpack[RequestOptions],
    ) -> CalendarsCheckIcsFeedResponse200:
        """Check an ICS feed.

        ``GET /v2/calendars/ics-feed/check``"""
        from ..api.calendars import calendars_check_ics_feed as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
        )

    async def create_ics_feed(
        self,
        *,
        body: CreateIcsFeedInputDto | CreateIcsFeedInputDtoDict,
        **options: Unpack[RequestOptions],
    ) -> CreateIcsFeedOutput:
        """Save an ICS feed.

        ``POST /v2/calendars/ics-feed/save``

        Args:
            body (CreateIcsFeedInputDto):"""
        from ..api.calendars import calendars_create_ics_feed as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            body=body,
        )

    async def delete_credentials(
        self,
        calendar: CalendarsDeleteCredentialsCalendar | Literal["apple", "google", "office365"],
        *,
        body: DeleteCalendarCredentialsInputBodyDto | DeleteCalendarCredentialsInputBodyDtoDict,
        **options: Unpack[RequestOptions],
    ) -> DeletedCalendarCredentialsOutputDto:
        """Disconnect a calendar.

        ``POST /v2/calendars/{calendar}/disconnect``

        Args:
            calendar (CalendarsDeleteCredentialsCalendar):
            body (DeleteCalendarCredentialsInputBodyDto):"""
        from ..api.calendars import calendars_delete_credentials as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            calendar,
            body=body,
        )

    async def get(
        self,
        **options: Unpack[RequestOptions],
    ) -> ConnectedCalendarsData:
        """Get all calendars.

        ``GET /v2/calendars``"""
        from ..api.calendars import calendars_get as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
        )

    async def get_busy_times(
        self,
        *,
        logged_in_users_tz: str,
        calendars_to_load: Sequence[CalendarToLoad | CalendarToLoadDict],
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[BusyTimesOutput]:
        """Get busy times.

        ``GET /v2/calendars/busy-times``

        Args:
            logged_in_users_tz (str):
            date_from (str | Unset):
            date_to (str | Unset):
            calendars_to_load (list[CalendarToLoad]):"""
        from ..api.calendars import calendars_get_busy_times as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            logged_in_users_tz=logged_in_users_tz,
            date_from=date_from,
            date_to=date_to,
            calendars_to_load=calendars_to_load,
        )

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
            calendar (CalendarsRedirectCalendar):
            is_dry_run (bool):
            redir (str | Unset):"""
        from ..api.calendars import calendars_redirect as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            calendar,
            is_dry_run=is_dry_run,
            redir=redir,
        )

    async def save(
        self,
        calendar: CalendarsSaveCalendar | Literal["google", "office365"],
        *,
        state: str,
        code: str,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Save Google or Outlook calendar credentials.

        ``GET /v2/calendars/{calendar}/save``

        Args:
            calendar (CalendarsSaveCalendar):
            state (str):
            code (str):"""
        from ..api.calendars import calendars_save as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            calendar,
            state=state,
            code=code,
        )

    async def sync_credentials(
        self,
        calendar: CalendarsSyncCredentialsCalendar | Literal["apple"],
        *,
        body: CreateCalendarCredentialsInput | CreateCalendarCredentialsInputDict,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Save Apple calendar credentials.

        ``POST /v2/calendars/{calendar}/credentials``

        Args:
            calendar (CalendarsSyncCredentialsCalendar):
            body (CreateCalendarCredentialsInput):"""
        from ..api.calendars import calendars_sync_credentials as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            calendar,
            body=body,
        )


class CalendarsResource(CalendarHelpers, CalendarsOperations):
    """``cal.calendars``: the generated operations, with ``CalendarHelpers``."""
