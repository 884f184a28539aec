"""GENERATED CODE: do not edit. ``schedules`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async.pagination import AsyncPaginator
from cal_async.resources.schedules import ScheduleHelpers

if TYPE_CHECKING:
    from ..models.create_schedule_input import CreateScheduleInput, CreateScheduleInputDict
    from ..models.delete_schedule_output import DeleteScheduleOutput
    from ..models.schedule_output import ScheduleOutput
    from ..models.update_schedule_input import UpdateScheduleInput, UpdateScheduleInputDict

    pass


class SchedulesOperations(APIResource):
    """Operations under ``schedules``."""

    async def create(
        self,
        *,
        body: CreateScheduleInput | CreateScheduleInputDict,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutput:
        """Create a schedule.

        ``POST /v2/schedules``
        (sent with ``cal-api-version: 2024-06-11``).

        Args:
            body (CreateScheduleInput):"""
        from ..api.schedules import schedules_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            body=body,
        )

    async def delete(
        self,
        schedule_id: int,
        **options: Unpack[RequestOptions],
    ) -> DeleteScheduleOutput:
        """Delete a schedule.

        ``DELETE /v2/schedules/{schedule_id}``
        (sent with ``cal-api-version: 2024-06-11``).

        Args:
            schedule_id (int):"""
        from ..api.schedules import schedules_delete as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            schedule_id,
        )

    async def get(
        self,
        schedule_id: int,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutput:
        """Get a schedule.

        ``GET /v2/schedules/{schedule_id}``
        (sent with ``cal-api-version: 2024-06-11``).

        Args:
            schedule_id (int):"""
        from ..api.schedules import schedules_get as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            schedule_id,
        )

    async def get_default(
        self,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutput | None:
        """Get default schedule.

        ``GET /v2/schedules/default``
        (sent with ``cal-api-version: 2024-06-11``)."""
        from ..api.schedules import schedules_get_default as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
        )

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ScheduleOutput]:
        """Get all schedules.

        ``GET /v2/schedules``
        (sent with ``cal-api-version: 2024-06-11``).

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item."""
        from ..api.schedules import schedules_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
        )

    async def update(
        self,
        schedule_id: int,
        *,
        body: UpdateScheduleInput | UpdateScheduleInputDict,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutput:
        """Update a schedule.

        ``PATCH /v2/schedules/{schedule_id}``
        (sent with ``cal-api-version: 2024-06-11``).

        Args:
            schedule_id (int):
            body (UpdateScheduleInput):"""
        from ..api.schedules import schedules_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            schedule_id,
            body=body,
        )


class SchedulesResource(ScheduleHelpers, SchedulesOperations):
    """``cal.schedules``: the generated operations, with ``ScheduleHelpers``."""
