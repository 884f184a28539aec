"""GENERATED CODE: do not edit. ``selected_calendars`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    model,
)
from cal_async._operation import Operation, body, query
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from ..models.selected_calendar_output_dto import SelectedCalendarOutputDto
    from ..models.selected_calendars_input_dto import SelectedCalendarsInputDto, SelectedCalendarsInputDtoDict

    pass


CREATE: Final[Operation[SelectedCalendarOutputDto]] = Operation(
    "selected_calendars",
    "create",
    "POST",
    "/v2/selected-calendars",
    (body(),),
    model("selected_calendar_output_dto", "SelectedCalendarOutputDto"),
    auth=("Authorization",),
    operation_id="SelectedCalendarsController_addSelectedCalendar",
    summary="Add a selected calendar",
)
DELETE: Final[Operation[SelectedCalendarOutputDto]] = Operation(
    "selected_calendars",
    "delete",
    "DELETE",
    "/v2/selected-calendars",
    (
        query("integration", "integration", required=True),
        query("externalId", "external_id", required=True),
        query("credentialId", "credential_id", required=True),
        query("delegationCredentialId", "delegation_credential_id"),
    ),
    model("selected_calendar_output_dto", "SelectedCalendarOutputDto"),
    auth=("Authorization",),
    operation_id="SelectedCalendarsController_deleteSelectedCalendar",
    summary="Delete a selected calendar",
)


class SelectedCalendarsResource(APIResource):
    """Operations under ``selected_calendars``."""

    async def create(
        self,
        *,
        body: SelectedCalendarsInputDto | SelectedCalendarsInputDtoDict,
        **options: Unpack[RequestOptions],
    ) -> SelectedCalendarOutputDto:
        """Add a selected calendar.

        ``POST /v2/selected-calendars``"""
        return await self._run(CREATE, options, body)

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

        ``DELETE /v2/selected-calendars``"""
        return await self._run(DELETE, options, integration, external_id, credential_id, delegation_credential_id)
