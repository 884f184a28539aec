"""GENERATED CODE: do not edit. ``orgs.teams.users.schedules`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.schedule_output import ScheduleOutput

    pass


class OrgsTeamsUsersSchedulesResource(APIResource):
    """Operations under ``orgs.teams.users.schedules``."""

    def list(
        self,
        org_id: int,
        team_id: int,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ScheduleOutput]:
        """Get schedules of a team member.

        ``GET /v2/organizations/{org_id}/teams/{team_id}/users/{user_id}/schedules``

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item.

        Args:
            org_id (int):
            team_id (int):
            user_id (int):"""
        from ..api.orgs_teams_users_schedules import orgs_teams_users_schedules_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            user_id,
        )
