"""GENERATED CODE: do not edit. ``orgs.teams.users`` resource of the Cal.com API."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from cal_async._resource import APIResource

if TYPE_CHECKING:
    from cal_async._generated.resources.orgs_teams_users_schedules import OrgsTeamsUsersSchedulesResource

    pass


class OrgsTeamsUsersResource(APIResource):
    """Operations under ``orgs.teams.users``."""

    @cached_property
    def schedules(self) -> OrgsTeamsUsersSchedulesResource:
        """``orgs.teams.users.schedules``: list"""
        from cal_async._generated.resources.orgs_teams_users_schedules import OrgsTeamsUsersSchedulesResource

        return OrgsTeamsUsersSchedulesResource(self._client)
