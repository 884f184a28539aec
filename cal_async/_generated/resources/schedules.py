"""GENERATED CODE: do not edit. ``schedules`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    model,
    nullable,
)
from cal_async._operation import Operation, PagedOperation, body, path
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.create_schedule_input import CreateScheduleInput, CreateScheduleInputDict
    from ..models.delete_schedule_output import DeleteScheduleOutput
    from ..models.schedule_output import ScheduleOutput
    from ..models.update_schedule_input import UpdateScheduleInput, UpdateScheduleInputDict

    pass


CREATE: Final[Operation[ScheduleOutput]] = Operation(
    "schedules",
    "create",
    "POST",
    "/v2/schedules",
    (body(),),
    model("schedule_output", "ScheduleOutput"),
    auth=("Authorization",),
    api_version="2024-06-11",
    operation_id="SchedulesController_2024_06_11_createSchedule",
    summary="Create a schedule",
)
DELETE: Final[Operation[DeleteScheduleOutput]] = Operation(
    "schedules",
    "delete",
    "DELETE",
    "/v2/schedules/{scheduleId}",
    (path("scheduleId", "schedule_id"),),
    model("delete_schedule_output", "DeleteScheduleOutput"),
    auth=("Authorization",),
    api_version="2024-06-11",
    enveloped=False,
    operation_id="SchedulesController_2024_06_11_deleteSchedule",
    summary="Delete a schedule",
)
GET: Final[Operation[ScheduleOutput]] = Operation(
    "schedules",
    "get",
    "GET",
    "/v2/schedules/{scheduleId}",
    (path("scheduleId", "schedule_id"),),
    model("schedule_output", "ScheduleOutput"),
    auth=("Authorization",),
    api_version="2024-06-11",
    operation_id="SchedulesController_2024_06_11_getSchedule",
    summary="Get a schedule",
)
GET_DEFAULT: Final[Operation[ScheduleOutput | None]] = Operation(
    "schedules",
    "get_default",
    "GET",
    "/v2/schedules/default",
    (),
    nullable(model("schedule_output", "ScheduleOutput")),
    auth=("Authorization",),
    api_version="2024-06-11",
    operation_id="SchedulesController_2024_06_11_getDefaultSchedule",
    summary="Get default schedule",
)
LIST: Final[PagedOperation[ScheduleOutput]] = PagedOperation(
    "schedules",
    "list",
    "GET",
    "/v2/schedules",
    (),
    model("schedule_output", "ScheduleOutput"),
    auth=("Authorization",),
    api_version="2024-06-11",
    operation_id="SchedulesController_2024_06_11_getSchedules",
    summary="Get all schedules",
)
UPDATE: Final[Operation[ScheduleOutput]] = Operation(
    "schedules",
    "update",
    "PATCH",
    "/v2/schedules/{scheduleId}",
    (
        path("scheduleId", "schedule_id"),
        body(),
    ),
    model("schedule_output", "ScheduleOutput"),
    auth=("Authorization",),
    api_version="2024-06-11",
    operation_id="SchedulesController_2024_06_11_updateSchedule",
    summary="Update a schedule",
)


class SchedulesResource(APIResource):
    """Operations under ``schedules``."""

    async def create(
        self,
        *,
        body: CreateScheduleInput | CreateScheduleInputDict,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutput:
        """Create a schedule.

        ``POST /v2/schedules``
        (sent with ``cal-api-version: 2024-06-11``)."""
        return await self._run(CREATE, options, body)

    async def delete(
        self,
        schedule_id: int,
        **options: Unpack[RequestOptions],
    ) -> DeleteScheduleOutput:
        """Delete a schedule.

        ``DELETE /v2/schedules/{scheduleId}``
        (sent with ``cal-api-version: 2024-06-11``)."""
        return await self._run(DELETE, options, schedule_id)

    async def get(
        self,
        schedule_id: int,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutput:
        """Get a schedule.

        ``GET /v2/schedules/{scheduleId}``
        (sent with ``cal-api-version: 2024-06-11``)."""
        return await self._run(GET, options, schedule_id)

    async def get_default(
        self,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutput | None:
        """Get default schedule.

        ``GET /v2/schedules/default``
        (sent with ``cal-api-version: 2024-06-11``)."""
        return await self._run(GET_DEFAULT, options)

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ScheduleOutput]:
        """Get all schedules.

        ``GET /v2/schedules``
        (sent with ``cal-api-version: 2024-06-11``).

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item."""
        return self._page(LIST, options)

    async def update(
        self,
        schedule_id: int,
        *,
        body: UpdateScheduleInput | UpdateScheduleInputDict,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutput:
        """Update a schedule.

        ``PATCH /v2/schedules/{scheduleId}``
        (sent with ``cal-api-version: 2024-06-11``)."""
        return await self._run(UPDATE, options, schedule_id, body)
