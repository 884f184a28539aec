"""GENERATED CODE: do not edit. ``orgs.teams.workflows`` resource of the Cal.com API."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Final, Unpack

from cal_async._fields import (
    ANY,
    list_of,
    model,
)
from cal_async._operation import Operation, PagedOperation, body, path, query
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import Unset
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.create_workflow_dto import CreateWorkflowDto, CreateWorkflowDtoDict
    from ..models.update_workflow_dto import UpdateWorkflowDto, UpdateWorkflowDtoDict
    from ..models.workflow_output import WorkflowOutput

    pass


CREATE: Final[Operation[list[WorkflowOutput]]] = Operation(
    "orgs.teams.workflows",
    "create",
    "POST",
    "/v2/organizations/{orgId}/teams/{teamId}/workflows",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        body(),
    ),
    list_of(model("workflow_output", "WorkflowOutput")),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationTeamWorkflowsController_createWorkflow",
    summary="Create organization team workflow",
)
DELETE: Final[Operation[Any]] = Operation(
    "orgs.teams.workflows",
    "delete",
    "DELETE",
    "/v2/organizations/{orgId}/teams/{teamId}/workflows/{workflowId}",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        path("workflowId", "workflow_id"),
    ),
    ANY,
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    enveloped=False,
    operation_id="OrganizationTeamWorkflowsController_deleteWorkflow",
    summary="Delete organization team workflow",
)
GET: Final[Operation[list[WorkflowOutput]]] = Operation(
    "orgs.teams.workflows",
    "get",
    "GET",
    "/v2/organizations/{orgId}/teams/{teamId}/workflows/{workflowId}",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        path("workflowId", "workflow_id"),
    ),
    list_of(model("workflow_output", "WorkflowOutput")),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationTeamWorkflowsController_getWorkflowById",
    summary="Get organization team workflow",
)
LIST: Final[PagedOperation[WorkflowOutput]] = PagedOperation(
    "orgs.teams.workflows",
    "list",
    "GET",
    "/v2/organizations/{orgId}/teams/{teamId}/workflows",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        query("take", "take"),
        query("skip", "skip"),
    ),
    model("workflow_output", "WorkflowOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationTeamWorkflowsController_getWorkflows",
    summary="Get organization team workflows",
    offset="skip",
    limit="take",
    default_limit=250,
)
UPDATE: Final[Operation[list[WorkflowOutput]]] = Operation(
    "orgs.teams.workflows",
    "update",
    "PATCH",
    "/v2/organizations/{orgId}/teams/{teamId}/workflows/{workflowId}",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        path("workflowId", "workflow_id"),
        body(),
    ),
    list_of(model("workflow_output", "WorkflowOutput")),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationTeamWorkflowsController_updateWorkflow",
    summary="Update organization team workflow",
)


class OrgsTeamsWorkflowsResource(APIResource):
    """Operations under ``orgs.teams.workflows``."""

    async def create(
        self,
        org_id: int,
        team_id: int,
        *,
        body: CreateWorkflowDto | CreateWorkflowDtoDict,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[WorkflowOutput]:
        """Create organization team workflow.

        ``POST /v2/organizations/{orgId}/teams/{teamId}/workflows``"""
        return await self._run(CREATE, options, org_id, team_id, body)

    async def delete(
        self,
        org_id: int,
        team_id: int,
        workflow_id: int,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Delete organization team workflow.

        ``DELETE /v2/organizations/{orgId}/teams/{teamId}/workflows/{workflowId}``"""
        return await self._run(DELETE, options, org_id, team_id, workflow_id)

    async def get(
        self,
        org_id: int,
        team_id: int,
        workflow_id: int,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[WorkflowOutput]:
        """Get organization team workflow.

        ``GET /v2/organizations/{orgId}/teams/{teamId}/workflows/{workflowId}``"""
        return await self._run(GET, options, org_id, team_id, workflow_id)

    def list(
        self,
        org_id: int,
        team_id: int,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[WorkflowOutput]:
        """Get organization team workflows.

        ``GET /v2/organizations/{orgId}/teams/{teamId}/workflows``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id:
            team_id:
            take: Maximum number of items to return
            skip: Number of items to skip"""
        return self._page(LIST, options, org_id, team_id, take, skip)

    async def update(
        self,
        org_id: int,
        team_id: int,
        workflow_id: int,
        *,
        body: UpdateWorkflowDto | UpdateWorkflowDtoDict,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[WorkflowOutput]:
        """Update organization team workflow.

        ``PATCH /v2/organizations/{orgId}/teams/{teamId}/workflows/{workflowId}``"""
        return await self._run(UPDATE, options, org_id, team_id, workflow_id, body)
