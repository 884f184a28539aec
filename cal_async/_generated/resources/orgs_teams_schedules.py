"""GENERATED CODE: do not edit. ``orgs.teams.schedules`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    model,
)
from cal_async._operation import PagedOperation, path, query
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import Unset
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.schedule_output import ScheduleOutput

    pass


LIST: Final[PagedOperation[ScheduleOutput]] = PagedOperation(
    "orgs.teams.schedules",
    "list",
    "GET",
    "/v2/organizations/{orgId}/teams/{teamId}/schedules",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        query("take", "take"),
        query("skip", "skip"),
    ),
    model("schedule_output", "ScheduleOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsTeamsSchedulesController_getTeamSchedules",
    summary="Get all team member schedules",
    offset="skip",
    limit="take",
    default_limit=250,
)


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

        ``GET /v2/organizations/{orgId}/teams/{teamId}/schedules``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id:
            team_id:
            take: Maximum number of items to return
            skip: Number of items to skip"""
        return self._page(LIST, options, org_id, team_id, take, skip)
