"""GENERATED CODE: do not edit. ``destination_calendars`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    model,
)
from cal_async._operation import Operation, body
from cal_async._options import RequestOptions
from cal_async._resource import APIResource

if TYPE_CHECKING:
    from ..models.destination_calendars_input_body_dto import (
        DestinationCalendarsInputBodyDto,
        DestinationCalendarsInputBodyDtoDict,
    )
    from ..models.destination_calendars_output_dto import DestinationCalendarsOutputDto

    pass


UPDATE: Final[Operation[DestinationCalendarsOutputDto]] = Operation(
    "destination_calendars",
    "update",
    "PUT",
    "/v2/destination-calendars",
    (body(),),
    model("destination_calendars_output_dto", "DestinationCalendarsOutputDto"),
    auth=("Authorization",),
    operation_id="DestinationCalendarsController_updateDestinationCalendars",
    summary="Update destination calendars",
)


class DestinationCalendarsResource(APIResource):
    """Operations under ``destination_calendars``."""

    async def update(
        self,
        *,
        body: DestinationCalendarsInputBodyDto | DestinationCalendarsInputBodyDtoDict,
        **options: Unpack[RequestOptions],
    ) -> DestinationCalendarsOutputDto:
        """Update destination calendars.

        ``PUT /v2/destination-calendars``"""
        return await self._run(UPDATE, options, body)
