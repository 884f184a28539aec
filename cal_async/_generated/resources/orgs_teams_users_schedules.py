"""GENERATED CODE: do not edit. ``orgs.teams.users.schedules`` resource of the Cal.com API."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource

if TYPE_CHECKING:
    from ..models.schedule_output import ScheduleOutput

    pass


class OrgsTeamsUsersSchedulesResource(APIResource):
    """Operations under ``orgs.teams.users.schedules``."""

    async def list(
        self,
        org_id: int,
        team_id: int,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[ScheduleOutput]:
        """Get schedules of a team member.

        ``GET /v2/organizations/{org_id}/teams/{team_id}/users/{user_id}/schedules``

        Args:
            org_id (int):
            team_id (int):
            user_id (int):"""
        from ..api.orgs_teams_users_schedules import orgs_teams_users_schedules_list as _ep

        return await self._client._request(
            _ep.build_request(
                org_id,
                team_id,
                user_id,
            ),
            _ep.parse_result,
            auth=_ep.AUTH,
            options=options,
        )
