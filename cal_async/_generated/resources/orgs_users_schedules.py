"""GENERATED CODE: do not edit. ``orgs.users.schedules`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    model,
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
    "orgs.users.schedules",
    "create",
    "POST",
    "/v2/organizations/{orgId}/users/{userId}/schedules",
    (
        path("orgId", "org_id"),
        path("userId", "user_id"),
        body(),
    ),
    model("schedule_output", "ScheduleOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsSchedulesController_createUserSchedule",
    summary="Create a schedule",
)
DELETE: Final[Operation[DeleteScheduleOutput]] = Operation(
    "orgs.users.schedules",
    "delete",
    "DELETE",
    "/v2/organizations/{orgId}/users/{userId}/schedules/{scheduleId}",
    (
        path("orgId", "org_id"),
        path("userId", "user_id"),
        path("scheduleId", "schedule_id"),
    ),
    model("delete_schedule_output", "DeleteScheduleOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    enveloped=False,
    operation_id="OrganizationsSchedulesController_deleteUserSchedule",
    summary="Delete a schedule",
)
GET: Final[Operation[ScheduleOutput]] = Operation(
    "orgs.users.schedules",
    "get",
    "GET",
    "/v2/organizations/{orgId}/users/{userId}/schedules/{scheduleId}",
    (
        path("orgId", "org_id"),
        path("userId", "user_id"),
        path("scheduleId", "schedule_id"),
    ),
    model("schedule_output", "ScheduleOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsSchedulesController_getUserSchedule",
    summary="Get a schedule",
)
LIST: Final[PagedOperation[ScheduleOutput]] = PagedOperation(
    "orgs.users.schedules",
    "list",
    "GET",
    "/v2/organizations/{orgId}/users/{userId}/schedules",
    (
        path("orgId", "org_id"),
        path("userId", "user_id"),
    ),
    model("schedule_output", "ScheduleOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsSchedulesController_getUserSchedules",
    summary="Get all schedules",
)
UPDATE: Final[Operation[ScheduleOutput]] = Operation(
    "orgs.users.schedules",
    "update",
    "PATCH",
    "/v2/organizations/{orgId}/users/{userId}/schedules/{scheduleId}",
    (
        path("orgId", "org_id"),
        path("userId", "user_id"),
        path("scheduleId", "schedule_id"),
        body(),
    ),
    model("schedule_output", "ScheduleOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsSchedulesController_updateUserSchedule",
    summary="Update a schedule",
)


class OrgsUsersSchedulesResource(APIResource):
    """Operations under ``orgs.users.schedules``."""

    async def create(
        self,
        org_id: int,
        user_id: int,
        *,
        body: CreateScheduleInput | CreateScheduleInputDict,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutput:
        """Create a schedule.

        ``POST /v2/organizations/{orgId}/users/{userId}/schedules``"""
        return await self._run(CREATE, options, org_id, user_id, body)

    async def delete(
        self,
        org_id: int,
        user_id: int,
        schedule_id: int,
        **options: Unpack[RequestOptions],
    ) -> DeleteScheduleOutput:
        """Delete a schedule.

        ``DELETE /v2/organizations/{orgId}/users/{userId}/schedules/{scheduleId}``"""
        return await self._run(DELETE, options, org_id, user_id, schedule_id)

    async def get(
        self,
        org_id: int,
        user_id: int,
        schedule_id: int,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutput:
        """Get a schedule.

        ``GET /v2/organizations/{orgId}/users/{userId}/schedules/{scheduleId}``"""
        return await self._run(GET, options, org_id, user_id, schedule_id)

    def list(
        self,
        org_id: int,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ScheduleOutput]:
        """Get all schedules.

        ``GET /v2/organizations/{orgId}/users/{userId}/schedules``

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item."""
        return self._page(LIST, options, org_id, user_id)

    async def update(
        self,
        org_id: int,
        user_id: int,
        schedule_id: int,
        *,
        body: UpdateScheduleInput | UpdateScheduleInputDict,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutput:
        """Update a schedule.

        ``PATCH /v2/organizations/{orgId}/users/{userId}/schedules/{scheduleId}``"""
        return await self._run(UPDATE, options, org_id, user_id, schedule_id, body)
