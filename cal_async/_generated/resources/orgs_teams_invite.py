"""GENERATED CODE: do not edit. ``orgs.teams.invite`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    model,
)
from cal_async._operation import Operation, path
from cal_async._options import RequestOptions
from cal_async._resource import APIResource

if TYPE_CHECKING:
    from ..models.invite_data_dto import InviteDataDto

    pass


CREATE: Final[Operation[InviteDataDto]] = Operation(
    "orgs.teams.invite",
    "create",
    "POST",
    "/v2/organizations/{orgId}/teams/{teamId}/invite",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
    ),
    model("invite_data_dto", "InviteDataDto"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsTeamsInviteController_createInvite",
    summary="Create team invite link",
)


class OrgsTeamsInviteResource(APIResource):
    """Operations under ``orgs.teams.invite``."""

    async def create(
        self,
        org_id: int,
        team_id: int,
        **options: Unpack[RequestOptions],
    ) -> InviteDataDto:
        """Create team invite link.

        ``POST /v2/organizations/{orgId}/teams/{teamId}/invite``"""
        return await self._run(CREATE, options, org_id, team_id)
