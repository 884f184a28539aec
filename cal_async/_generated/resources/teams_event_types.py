"""GENERATED CODE: do not edit. ``teams.event_types`` resource of the Cal.com API."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset
from cal_async.pagination import AsyncPaginator
from cal_async.resources.teams import TeamEventTypeHelpers

if TYPE_CHECKING:
    from ..models.create_phone_call_input import CreatePhoneCallInput, CreatePhoneCallInputDict
    from ..models.create_team_event_type_input import CreateTeamEventTypeInput, CreateTeamEventTypeInputDict
    from ..models.data import Data
    from ..models.delete_team_event_type_output_data import DeleteTeamEventTypeOutputData
    from ..models.team_event_type_output import TeamEventTypeOutput
    from ..models.update_team_event_type_input import UpdateTeamEventTypeInput, UpdateTeamEventTypeInputDict

    pass


class TeamsEventTypesOperations(APIResource):
    """Operations under ``teams.event_types``."""

    async def create(
        self,
        team_id: int,
        *,
        body: CreateTeamEventTypeInput | CreateTeamEventTypeInputDict,
        **options: Unpack[RequestOptions],
    ) -> TeamEventTypeOutput | builtins.list[TeamEventTypeOutput]:
        """Create an event type.

        ``POST /v2/teams/{team_id}/event-types``

        Args:
            team_id (int):
            body (CreateTeamEventTypeInput):"""
        from ..api.teams_event_types import teams_event_types_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            team_id,
            body=body,
        )

    async def create_phone_call(
        self,
        team_id: int,
        event_type_id: int,
        *,
        body: CreatePhoneCallInput | CreatePhoneCallInputDict,
        **options: Unpack[RequestOptions],
    ) -> Data:
        """Create a phone call.

        ``POST /v2/teams/{team_id}/event-types/{event_type_id}/create-phone-call``

        Args:
            team_id (int):
            event_type_id (int):
            body (CreatePhoneCallInput):"""
        from ..api.teams_event_types import teams_event_types_create_phone_call as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            team_id,
            event_type_id,
            body=body,
        )

    async def delete(
        self,
        team_id: int,
        event_type_id: int,
        **options: Unpack[RequestOptions],
    ) -> DeleteTeamEventTypeOutputData:
        """Delete a team event type.

        ``DELETE /v2/teams/{team_id}/event-types/{event_type_id}``

        Args:
            team_id (int):
            event_type_id (int):"""
        from ..api.teams_event_types import teams_event_types_delete as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            team_id,
            event_type_id,
        )

    async def get(
        self,
        team_id: int,
        event_type_id: int,
        **options: Unpack[RequestOptions],
    ) -> TeamEventTypeOutput:
        """Get an event type.

        ``GET /v2/teams/{team_id}/event-types/{event_type_id}``

        Args:
            team_id (int):
            event_type_id (int):"""
        from ..api.teams_event_types import teams_event_types_get as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            team_id,
            event_type_id,
        )

    def list(
        self,
        team_id: int,
        *,
        event_slug: str | Unset = UNSET,
        hosts_limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[TeamEventTypeOutput]:
        """Get a team event type.

        ``GET /v2/teams/{team_id}/event-types``

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item.

        Args:
            team_id (int):
            event_slug (str | Unset):
            hosts_limit (int | Unset):"""
        from ..api.teams_event_types import teams_event_types_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            team_id,
            event_slug=event_slug,
            hosts_limit=hosts_limit,
        )

    async def update(
        self,
        team_id: int,
        event_type_id: int,
        *,
        body: UpdateTeamEventTypeInput | UpdateTeamEventTypeInputDict,
        **options: Unpack[RequestOptions],
    ) -> TeamEventTypeOutput | builtins.list[TeamEventTypeOutput]:
        """Update a team event type.

        ``PATCH /v2/teams/{team_id}/event-types/{event_type_id}``

        Args:
            team_id (int):
            event_type_id (int):
            body (UpdateTeamEventTypeInput):"""
        from ..api.teams_event_types import teams_event_types_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            team_id,
            event_type_id,
            body=body,
        )


class TeamsEventTypesResource(TeamEventTypeHelpers[int], TeamsEventTypesOperations):
    """``cal.teams.event_types``: the generated operations, with ``TeamEventTypeHelpers``."""
