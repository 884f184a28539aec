"""GENERATED CODE: do not edit. ``teams.event_types`` resource of the Cal.com API."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    list_of,
    model,
    one_of,
)
from cal_async._operation import Operation, PagedOperation, body, path, query
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.create_phone_call_input import CreatePhoneCallInput, CreatePhoneCallInputDict
    from ..models.create_team_event_type_input import CreateTeamEventTypeInput, CreateTeamEventTypeInputDict
    from ..models.data import Data
    from ..models.delete_team_event_type_output_data import DeleteTeamEventTypeOutputData
    from ..models.team_event_type_output import TeamEventTypeOutput
    from ..models.update_team_event_type_input import UpdateTeamEventTypeInput, UpdateTeamEventTypeInputDict

    pass


CREATE: Final[Operation[TeamEventTypeOutput | list[TeamEventTypeOutput]]] = Operation(
    "teams.event_types",
    "create",
    "POST",
    "/v2/teams/{teamId}/event-types",
    (
        path("teamId", "team_id"),
        body(),
    ),
    one_of(
        model("team_event_type_output", "TeamEventTypeOutput"),
        list_of(model("team_event_type_output", "TeamEventTypeOutput")),
    ),
    auth=("Authorization",),
    operation_id="TeamsEventTypesController_createTeamEventType",
    summary="Create an event type",
)
CREATE_PHONE_CALL: Final[Operation[Data]] = Operation(
    "teams.event_types",
    "create_phone_call",
    "POST",
    "/v2/teams/{teamId}/event-types/{eventTypeId}/create-phone-call",
    (
        path("teamId", "team_id"),
        path("eventTypeId", "event_type_id"),
        body(),
    ),
    model("data", "Data"),
    auth=("Authorization",),
    operation_id="TeamsEventTypesController_createPhoneCall",
    summary="Create a phone call",
)
DELETE: Final[Operation[DeleteTeamEventTypeOutputData]] = Operation(
    "teams.event_types",
    "delete",
    "DELETE",
    "/v2/teams/{teamId}/event-types/{eventTypeId}",
    (
        path("teamId", "team_id"),
        path("eventTypeId", "event_type_id"),
    ),
    model("delete_team_event_type_output_data", "DeleteTeamEventTypeOutputData"),
    auth=("Authorization",),
    operation_id="TeamsEventTypesController_deleteTeamEventType",
    summary="Delete a team event type",
)
GET: Final[Operation[TeamEventTypeOutput]] = Operation(
    "teams.event_types",
    "get",
    "GET",
    "/v2/teams/{teamId}/event-types/{eventTypeId}",
    (
        path("teamId", "team_id"),
        path("eventTypeId", "event_type_id"),
    ),
    model("team_event_type_output", "TeamEventTypeOutput"),
    auth=("Authorization",),
    operation_id="TeamsEventTypesController_getTeamEventType",
    summary="Get an event type",
)
LIST: Final[PagedOperation[TeamEventTypeOutput]] = PagedOperation(
    "teams.event_types",
    "list",
    "GET",
    "/v2/teams/{teamId}/event-types",
    (
        path("teamId", "team_id"),
        query("eventSlug", "event_slug"),
        query("hostsLimit", "hosts_limit"),
    ),
    model("team_event_type_output", "TeamEventTypeOutput"),
    operation_id="TeamsEventTypesController_getTeamEventTypes",
    summary="Get a team event type",
)
UPDATE: Final[Operation[TeamEventTypeOutput | list[TeamEventTypeOutput]]] = Operation(
    "teams.event_types",
    "update",
    "PATCH",
    "/v2/teams/{teamId}/event-types/{eventTypeId}",
    (
        path("teamId", "team_id"),
        path("eventTypeId", "event_type_id"),
        body(),
    ),
    one_of(
        model("team_event_type_output", "TeamEventTypeOutput"),
        list_of(model("team_event_type_output", "TeamEventTypeOutput")),
    ),
    auth=("Authorization",),
    operation_id="TeamsEventTypesController_updateTeamEventType",
    summary="Update a team event type",
)


class TeamsEventTypesResource(APIResource):
    """Operations under ``teams.event_types``."""

    async def create(
        self,
        team_id: int,
        *,
        body: CreateTeamEventTypeInput | CreateTeamEventTypeInputDict,
        **options: Unpack[RequestOptions],
    ) -> TeamEventTypeOutput | builtins.list[TeamEventTypeOutput]:
        """Create an event type.

        ``POST /v2/teams/{teamId}/event-types``"""
        return await self._run(CREATE, options, team_id, body)

    async def create_phone_call(
        self,
        team_id: int,
        event_type_id: int,
        *,
        body: CreatePhoneCallInput | CreatePhoneCallInputDict,
        **options: Unpack[RequestOptions],
    ) -> Data:
        """Create a phone call.

        ``POST /v2/teams/{teamId}/event-types/{eventTypeId}/create-phone-call``"""
        return await self._run(CREATE_PHONE_CALL, options, team_id, event_type_id, body)

    async def delete(
        self,
        team_id: int,
        event_type_id: int,
        **options: Unpack[RequestOptions],
    ) -> DeleteTeamEventTypeOutputData:
        """Delete a team event type.

        ``DELETE /v2/teams/{teamId}/event-types/{eventTypeId}``"""
        return await self._run(DELETE, options, team_id, event_type_id)

    async def get(
        self,
        team_id: int,
        event_type_id: int,
        **options: Unpack[RequestOptions],
    ) -> TeamEventTypeOutput:
        """Get an event type.

        ``GET /v2/teams/{teamId}/event-types/{eventTypeId}``"""
        return await self._run(GET, options, team_id, event_type_id)

    def list(
        self,
        team_id: int,
        *,
        event_slug: str | Unset = UNSET,
        hosts_limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[TeamEventTypeOutput]:
        """Get a team event type.

        ``GET /v2/teams/{teamId}/event-types``

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item.

        Args:
            team_id:
            event_slug: Slug of team event type to return.
            hosts_limit: Specifies the maximum number of hosts to include in the response. This limit helps optimize performance. If not provided, all Hosts will be fetched."""
        return self._page(LIST, options, team_id, event_slug, hosts_limit)

    async def update(
        self,
        team_id: int,
        event_type_id: int,
        *,
        body: UpdateTeamEventTypeInput | UpdateTeamEventTypeInputDict,
        **options: Unpack[RequestOptions],
    ) -> TeamEventTypeOutput | builtins.list[TeamEventTypeOutput]:
        """Update a team event type.

        ``PATCH /v2/teams/{teamId}/event-types/{eventTypeId}``"""
        return await self._run(UPDATE, options, team_id, event_type_id, body)
