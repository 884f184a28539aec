"""GENERATED CODE: do not edit. ``destination_calendars`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource

if TYPE_CHECKING:
    from ..models.destination_calendars_input_body_dto import (
        DestinationCalendarsInputBodyDto,
        DestinationCalendarsInputBodyDtoDict,
    )
    from ..models.destination_calendars_output_dto import DestinationCalendarsOutputDto

    pass


class DestinationCalendarsResource(APIResource):
    """Operations under ``destination_calendars``."""

    async def update(
        self,
        *,
        body: DestinationCalendarsInputBodyDto | DestinationCalendarsInputBodyDtoDict,
        **options: Unpack[RequestOptions],
    ) -> DestinationCalendarsOutputDto:
        """Update destination calendars.

        ``PUT /v2/destination-calendars``

        Args:
            body (DestinationCalendarsInputBodyDto):"""
        from ..api.destination_calendars import destination_calendars_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            body=body,
        )
