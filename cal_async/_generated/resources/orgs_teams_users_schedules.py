"""GENERATED CODE: do not edit. ``orgs.teams.users.schedules`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource

if TYPE_CHECKING:
    pass


class OrgsTeamsUsersSchedulesResource(APIResource):
    """Operations under ``orgs.teams.users.schedules``."""

    async def list(
        self,
        org_id: int,
        team_id: int,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> list[ScheduleOutput20240611]:
        """Get schedules of a team member.

        ``GET /v2/organizations/{org_id}/teams/{team_id}/users/{user_id}/schedules``

        Args:
            org_id (int):
            team_id (int):
            user_id (int):"""
        from ..api.orgs_teams_users_schedules import orgs_teams_users_schedules_list as _ep

        return await self._client._request(
            _ep._get_kwargs(
                org_id=org_id,
                team_id=team_id,
                user_id=user_id,
            ),
            _ep._parse,
            auth=_ep.AUTH,
            options=options,
        )
