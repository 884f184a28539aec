"""GENERATED CODE: do not edit. ``orgs.teams.schedules`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import Unset
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.schedule_output import ScheduleOutput

    pass


class OrgsTeamsSchedulesResource(APIResource):
    """Operations under ``orgs.teams.schedules``."""

    def list(
        self,
        org_id: int,
        team_id: int,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ScheduleOutput]:
        """Get all team member schedules.

        ``GET /v2/organizations/{org_id}/teams/{team_id}/schedules``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id (int):
            team_id (int):
            take (int | Unset):  Default: 250.
            skip (int | Unset):  Default: 0."""
        from ..api.orgs_teams_schedules import orgs_teams_schedules_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            take=take,
            skip=skip,
        )
