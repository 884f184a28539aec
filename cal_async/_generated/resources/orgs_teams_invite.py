"""GENERATED CODE: do not edit. ``orgs.teams.invite`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource

if TYPE_CHECKING:
    from ..models.invite_data_dto import InviteDataDto

    pass


class OrgsTeamsInviteResource(APIResource):
    """Operations under ``orgs.teams.invite``."""

    async def create(
        self,
        org_id: int,
        team_id: int,
        **options: Unpack[RequestOptions],
    ) -> InviteDataDto:
        """Create team invite link.

        ``POST /v2/organizations/{org_id}/teams/{team_id}/invite``

        Args:
            org_id (int):
            team_id (int):"""
        from ..api.orgs_teams_invite import orgs_teams_invite_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
        )
