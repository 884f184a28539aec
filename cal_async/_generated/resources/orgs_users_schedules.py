"""GENERATED CODE: do not edit. ``orgs.users.schedules`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.create_schedule_input import CreateScheduleInput, CreateScheduleInputDict
    from ..models.delete_schedule_output import DeleteScheduleOutput
    from ..models.schedule_output import ScheduleOutput
    from ..models.update_schedule_input import UpdateScheduleInput, UpdateScheduleInputDict

    pass


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

        ``POST /v2/organizations/{org_id}/users/{user_id}/schedules``

        Args:
            org_id (int):
            user_id (int):
            body (CreateScheduleInput):"""
        from ..api.orgs_users_schedules import orgs_users_schedules_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            user_id,
            body=body,
        )

    async def delete(
        self,
        org_id: int,
        user_id: int,
        schedule_id: int,
        **options: Unpack[RequestOptions],
    ) -> DeleteScheduleOutput:
        """Delete a schedule.

        ``DELETE /v2/organizations/{org_id}/users/{user_id}/schedules/{schedule_id}``

        Args:
            org_id (int):
            user_id (int):
            schedule_id (int):"""
        from ..api.orgs_users_schedules import orgs_users_schedules_delete as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            user_id,
            schedule_id,
        )

    async def get(
        self,
        org_id: int,
        user_id: int,
        schedule_id: int,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutput:
        """Get a schedule.

        ``GET /v2/organizations/{org_id}/users/{user_id}/schedules/{schedule_id}``

        Args:
            org_id (int):
            user_id (int):
            schedule_id (int):"""
        from ..api.orgs_users_schedules import orgs_users_schedules_get as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            user_id,
            schedule_id,
        )

    def list(
        self,
        org_id: int,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ScheduleOutput]:
        """Get all schedules.

        ``GET /v2/organizations/{org_id}/users/{user_id}/schedules``

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item.

        Args:
            org_id (int):
            user_id (int):"""
        from ..api.orgs_users_schedules import orgs_users_schedules_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
            user_id,
        )

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

        ``PATCH /v2/organizations/{org_id}/users/{user_id}/schedules/{schedule_id}``

        Args:
            org_id (int):
            user_id (int):
            schedule_id (int):
            body (UpdateScheduleInput):"""
        from ..api.orgs_users_schedules import orgs_users_schedules_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            user_id,
            schedule_id,
            body=body,
        )
