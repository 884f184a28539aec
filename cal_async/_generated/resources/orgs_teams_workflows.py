"""GENERATED CODE: do not edit. ``orgs.teams.workflows`` resource of the Cal.com API."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import Unset
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.create_workflow_dto import CreateWorkflowDto, CreateWorkflowDtoDict
    from ..models.update_workflow_dto import UpdateWorkflowDto, UpdateWorkflowDtoDict
    from ..models.workflow_output import WorkflowOutput

    pass


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

        ``POST /v2/organizations/{org_id}/teams/{team_id}/workflows``

        Args:
            org_id (int):
            team_id (int):
            body (CreateWorkflowDto):"""
        from ..api.orgs_teams_workflows import orgs_teams_workflows_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            body=body,
        )

    async def delete(
        self,
        org_id: int,
        team_id: int,
        workflow_id: int,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Delete organization team workflow.

        ``DELETE /v2/organizations/{org_id}/teams/{team_id}/workflows/{workflow_id}``

        Args:
            org_id (int):
            team_id (int):
            workflow_id (int):"""
        from ..api.orgs_teams_workflows import orgs_teams_workflows_delete as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            workflow_id,
        )

    async def get(
        self,
        org_id: int,
        team_id: int,
        workflow_id: int,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[WorkflowOutput]:
        """Get organization team workflow.

        ``GET /v2/organizations/{org_id}/teams/{team_id}/workflows/{workflow_id}``

        Args:
            org_id (int):
            team_id (int):
            workflow_id (int):"""
        from ..api.orgs_teams_workflows import orgs_teams_workflows_get as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            workflow_id,
        )

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

        ``GET /v2/organizations/{org_id}/teams/{team_id}/workflows``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id (int):
            team_id (int):
            take (int | Unset):  Default: 250.
            skip (int | Unset):  Default: 0."""
        from ..api.orgs_teams_workflows import orgs_teams_workflows_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            take=take,
            skip=skip,
        )

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

        ``PATCH /v2/organizations/{org_id}/teams/{team_id}/workflows/{workflow_id}``

        Args:
            org_id (int):
            team_id (int):
            workflow_id (int):
            body (UpdateWorkflowDto):"""
        from ..api.orgs_teams_workflows import orgs_teams_workflows_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            workflow_id,
            body=body,
        )
