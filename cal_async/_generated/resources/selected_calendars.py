"""GENERATED CODE: do not edit. ``selected_calendars`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from ..models.selected_calendar_output_dto import SelectedCalendarOutputDto
    from ..models.selected_calendars_input_dto import SelectedCalendarsInputDto, SelectedCalendarsInputDtoDict

    pass


class SelectedCalendarsResource(APIResource):
    """Operations under ``selected_calendars``."""

    async def create(
        self,
        *,
        body: SelectedCalendarsInputDto | SelectedCalendarsInputDtoDict,
        **options: Unpack[RequestOptions],
    ) -> SelectedCalendarOutputDto:
        """Add a selected calendar.

        ``POST /v2/selected-calendars``

        Args:
            body (SelectedCalendarsInputDto):"""
        from ..api.selected_calendars import selected_calendars_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            body=body,
        )

    async def delete(
        self,
        *,
        integration: str,
        external_id: str,
        credential_id: str,
        delegation_credential_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SelectedCalendarOutputDto:
        """Delete a selected calendar.

        ``DELETE /v2/selected-calendars``

        Args:
            integration (str):
            external_id (str):
            credential_id (str):
            delegation_credential_id (str | Unset):"""
        from ..api.selected_calendars import selected_calendars_delete as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            integration=integration,
            external_id=external_id,
            credential_id=credential_id,
            delegation_credential_id=delegation_credential_id,
        )
