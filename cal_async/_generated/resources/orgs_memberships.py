"""GENERATED CODE: do not edit. ``orgs.memberships`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import Unset
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.create_org_membership_dto import CreateOrgMembershipDto, CreateOrgMembershipDtoDict
    from ..models.organization_membership_output import OrganizationMembershipOutput
    from ..models.update_org_membership_dto import UpdateOrgMembershipDto, UpdateOrgMembershipDtoDict

    pass


class OrgsMembershipsResource(APIResource):
    """Operations under ``orgs.memberships``."""

    async def create(
        self,
        org_id: int,
        *,
        body: CreateOrgMembershipDto | CreateOrgMembershipDtoDict,
        **options: Unpack[RequestOptions],
    ) -> OrganizationMembershipOutput:
        """Create a membership.

        ``POST /v2/organizations/{org_id}/memberships``

        Args:
            org_id (int):
            body (CreateOrgMembershipDto):"""
        from ..api.orgs_memberships import orgs_memberships_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            body=body,
        )

    async def delete(
        self,
        org_id: int,
        membership_id: int,
        **options: Unpack[RequestOptions],
    ) -> OrganizationMembershipOutput:
        """Delete a membership.

        ``DELETE /v2/organizations/{org_id}/memberships/{membership_id}``

        Args:
            org_id (int):
            membership_id (int):"""
        from ..api.orgs_memberships import orgs_memberships_delete as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            membership_id,
        )

    async def get(
        self,
        org_id: int,
        membership_id: int,
        **options: Unpack[RequestOptions],
    ) -> OrganizationMembershipOutput:
        """Get a membership.

        ``GET /v2/organizations/{org_id}/memberships/{membership_id}``

        Args:
            org_id (int):
            membership_id (int):"""
        from ..api.orgs_memberships import orgs_memberships_get as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            membership_id,
        )

    def list(
        self,
        org_id: int,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[OrganizationMembershipOutput]:
        """Get all memberships.

        ``GET /v2/organizations/{org_id}/memberships``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id (int):
            take (int | Unset):  Default: 250.
            skip (int | Unset):  Default: 0."""
        from ..api.orgs_memberships import orgs_memberships_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
            take=take,
            skip=skip,
        )

    async def update(
        self,
        org_id: int,
        membership_id: int,
        *,
        body: UpdateOrgMembershipDto | UpdateOrgMembershipDtoDict,
        **options: Unpack[RequestOptions],
    ) -> OrganizationMembershipOutput:
        """Update a membership.

        ``PATCH /v2/organizations/{org_id}/memberships/{membership_id}``

        Args:
            org_id (int):
            membership_id (int):
            body (UpdateOrgMembershipDto):"""
        from ..api.orgs_memberships import orgs_memberships_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            membership_id,
            body=body,
        )
