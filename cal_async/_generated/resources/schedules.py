"""GENERATED CODE: do not edit. ``schedules`` resource of the Cal.com API."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource

if TYPE_CHECKING:
    from ..models.create_schedule_input import CreateScheduleInput, CreateScheduleInputDict
    from ..models.delete_schedule_output import DeleteScheduleOutput
    from ..models.schedule_output import ScheduleOutput
    from ..models.update_schedule_input import UpdateScheduleInput, UpdateScheduleInputDict

    pass


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
        (sent with ``cal-api-version: 2024-06-11``).

        Args:
            body (CreateScheduleInput):"""
        from ..api.schedules import schedules_create as _ep

        return await self._client._request(
            _ep.build_request(
                body=body,
            ),
            _ep.parse_result,
            auth=_ep.AUTH,
            options=options,
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

        return await self._client._request(
            _ep.build_request(
                schedule_id,
            ),
            _ep.parse_result,
            auth=_ep.AUTH,
            options=options,
        )

    async def get(
        self,
        schedule_id: int,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutput | None:
        """Get a schedule.

        ``GET /v2/schedules/{schedule_id}``
        (sent with ``cal-api-version: 2024-06-11``).

        Args:
            schedule_id (int):"""
        from ..api.schedules import schedules_get as _ep

        return await self._client._request(
            _ep.build_request(
                schedule_id,
            ),
            _ep.parse_result,
            auth=_ep.AUTH,
            options=options,
        )

    async def get_default(
        self,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutput:
        """Get default schedule.

        ``GET /v2/schedules/default``
        (sent with ``cal-api-version: 2024-06-11``)."""
        from ..api.schedules import schedules_get_default as _ep

        return await self._client._request(
            _ep.build_request(),
            _ep.parse_result,
            auth=_ep.AUTH,
            options=options,
        )

    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[ScheduleOutput]:
        """Get all schedules.

        ``GET /v2/schedules``
        (sent with ``cal-api-version: 2024-06-11``)."""
        from ..api.schedules import schedules_list as _ep

        return await self._client._request(
            _ep.build_request(),
            _ep.parse_result,
            auth=_ep.AUTH,
            options=options,
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

        return await self._client._request(
            _ep.build_request(
                schedule_id,
                body=body,
            ),
            _ep.parse_result,
            auth=_ep.AUTH,
            options=options,
        )
