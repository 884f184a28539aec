"""GENERATED CODE: do not edit. ``orgs.users.schedules`` resource of the Cal.com API."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource

if TYPE_CHECKING:
    from ..models.create_schedule_input import CreateScheduleInput
    from ..models.delete_schedule_output import DeleteScheduleOutput
    from ..models.update_schedule_input import UpdateScheduleInput

    pass


class OrgsUsersSchedulesResource(APIResource):
    """Operations under ``orgs.users.schedules``."""

    async def create(
        self,
        org_id: int,
        user_id: int,
        *,
        body: CreateScheduleInput | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutput20240611:
        """Create a schedule.

        ``POST /v2/organizations/{org_id}/users/{user_id}/schedules``

        Args:
            org_id (int):
            user_id (int):
            body (CreateScheduleInput):"""
        from ..api.orgs_users_schedules import orgs_users_schedules_create as _ep

        return await self._client._request(
            _ep._get_kwargs(
                org_id=org_id,
                user_id=user_id,
                body=body,
            ),
            _ep._parse,
            auth=_ep.AUTH,
            options=options,
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

        return await self._client._request(
            _ep._get_kwargs(
                org_id=org_id,
                user_id=user_id,
                schedule_id=schedule_id,
            ),
            _ep._parse,
            auth=_ep.AUTH,
            options=options,
        )

    async def get(
        self,
        org_id: int,
        user_id: int,
        schedule_id: int,
        **options: Unpack[RequestOptions],
    ) -> None | ScheduleOutput20240611:
        """Get a schedule.

        ``GET /v2/organizations/{org_id}/users/{user_id}/schedules/{schedule_id}``

        Args:
            org_id (int):
            user_id (int):
            schedule_id (int):"""
        from ..api.orgs_users_schedules import orgs_users_schedules_get as _ep

        return await self._client._request(
            _ep._get_kwargs(
                org_id=org_id,
                user_id=user_id,
                schedule_id=schedule_id,
            ),
            _ep._parse,
            auth=_ep.AUTH,
            options=options,
        )

    async def list(
        self,
        org_id: int,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> list[ScheduleOutput20240611]:
        """Get all schedules.

        ``GET /v2/organizations/{org_id}/users/{user_id}/schedules``

        Args:
            org_id (int):
            user_id (int):"""
        from ..api.orgs_users_schedules import orgs_users_schedules_list as _ep

        return await self._client._request(
            _ep._get_kwargs(
                org_id=org_id,
                user_id=user_id,
            ),
            _ep._parse,
            auth=_ep.AUTH,
            options=options,
        )

    async def update(
        self,
        org_id: int,
        user_id: int,
        schedule_id: int,
        *,
        body: UpdateScheduleInput | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutput20240611:
        """Update a schedule.

        ``PATCH /v2/organizations/{org_id}/users/{user_id}/schedules/{schedule_id}``

        Args:
            org_id (int):
            user_id (int):
            schedule_id (int):
            body (UpdateScheduleInput):"""
        from ..api.orgs_users_schedules import orgs_users_schedules_update as _ep

        return await self._client._request(
            _ep._get_kwargs(
                org_id=org_id,
                user_id=user_id,
                schedule_id=schedule_id,
                body=body,
            ),
            _ep._parse,
            auth=_ep.AUTH,
            options=options,
        )
