"""GENERATED CODE: do not edit. ``teams.schedules`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import Unset
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.schedule_output import ScheduleOutput

    pass


class TeamsSchedulesResource(APIResource):
    """Operations under ``teams.schedules``."""

    def list(
        self,
        team_id: int,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ScheduleOutput]:
        """Get all team member schedules.

        ``GET /v2/teams/{team_id}/schedules``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            team_id (int):
            take (int | Unset):  Default: 250.
            skip (int | Unset):  Default: 0."""
        from ..api.teams_schedules import teams_schedules_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            team_id,
            take=take,
            skip=skip,
        )
