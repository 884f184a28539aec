"""GENERATED CODE: do not edit. ``orgs.teams.users.schedules`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    model,
)
from cal_async._operation import PagedOperation, path
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.schedule_output import ScheduleOutput

    pass


LIST: Final[PagedOperation[ScheduleOutput]] = PagedOperation(
    "orgs.teams.users.schedules",
    "list",
    "GET",
    "/v2/organizations/{orgId}/teams/{teamId}/users/{userId}/schedules",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        path("userId", "user_id"),
    ),
    model("schedule_output", "ScheduleOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsTeamsSchedulesController_getUserSchedules",
    summary="Get schedules of a team member",
)


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

        ``GET /v2/organizations/{orgId}/teams/{teamId}/users/{userId}/schedules``

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item."""
        return self._page(LIST, options, org_id, team_id, user_id)
