"""GENERATED CODE: do not edit. ``orgs.teams.event_types.private_links`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.create_private_link_input import CreatePrivateLinkInput, CreatePrivateLinkInputDict
    from ..models.delete_private_link_output_data import DeletePrivateLinkOutputData
    from ..models.time_based_private_link_output import TimeBasedPrivateLinkOutput
    from ..models.usage_based_private_link_output import UsageBasedPrivateLinkOutput

    pass


class OrgsTeamsEventTypesPrivateLinksResource(APIResource):
    """Operations under ``orgs.teams.event_types.private_links``."""

    async def create(
        self,
        org_id: int,
        team_id: int,
        event_type_id: int,
        *,
        body: CreatePrivateLinkInput | CreatePrivateLinkInputDict,
        **options: Unpack[RequestOptions],
    ) -> TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput:
        """Create a private link for a team event type.

        ``POST /v2/organizations/{org_id}/teams/{team_id}/event-types/{event_type_id}/private-links``

        Args:
            org_id (int):
            team_id (int):
            event_type_id (int):
            body (CreatePrivateLinkInput):"""
        from ..api.orgs_teams_event_types_private_links import orgs_teams_event_types_private_links_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            event_type_id,
            body=body,
        )

    async def delete(
        self,
        org_id: int,
        team_id: int,
        event_type_id: int,
        link_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeletePrivateLinkOutputData:
        """Delete a private link for a team event type.

        ``DELETE /v2/organizations/{org_id}/teams/{team_id}/event-types/{event_type_id}/private-links/{link_id}``

        Args:
            org_id (int):
            team_id (int):
            event_type_id (int):
            link_id (str):"""
        from ..api.orgs_teams_event_types_private_links import orgs_teams_event_types_private_links_delete as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            event_type_id,
            link_id,
        )

    def list(
        self,
        org_id: int,
        team_id: int,
        event_type_id: int,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput]:
        """Get all private links for a team event type.

        ``GET /v2/organizations/{org_id}/teams/{team_id}/event-types/{event_type_id}/private-links``

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item.

        Args:
            org_id (int):
            team_id (int):
            event_type_id (int):"""
        from ..api.orgs_teams_event_types_private_links import orgs_teams_event_types_private_links_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            event_type_id,
        )

    async def update(
        self,
        org_id: int,
        team_id: int,
        event_type_id: int,
        link_id: str,
        **options: Unpack[RequestOptions],
    ) -> TimeBasedPrivateLinkOutput | UsageBasedPrivateLinkOutput:
        """Update a private link for a team event type.

        ``PATCH /v2/organizations/{org_id}/teams/{team_id}/event-types/{event_type_id}/private-links/{link_id}``

        Args:
            org_id (int):
            team_id (int):
            event_type_id (int):
            link_id (str):"""
        from ..api.orgs_teams_event_types_private_links import orgs_teams_event_types_private_links_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            event_type_id,
            link_id,
        )
