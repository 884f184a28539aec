"""GENERATED CODE: do not edit. ``orgs.memberships`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

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

        return await self._client._request(
            _ep.build_request(
                org_id,
                body=body,
            ),
            _ep.parse_result,
            auth=_ep.AUTH,
            options=options,
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

        return await self._client._request(
            _ep.build_request(
                org_id,
                membership_id,
            ),
            _ep.parse_result,
            auth=_ep.AUTH,
            options=options,
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

        return await self._client._request(
            _ep.build_request(
                org_id,
                membership_id,
            ),
            _ep.parse_result,
            auth=_ep.AUTH,
            options=options,
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

        def _request(offset: int, limit: int) -> dict[str, Any]:
            return _ep.build_request(
                org_id,
                take=limit,
                skip=offset,
            )

        return AsyncPaginator(
            self._client,
            _request,
            _ep.parse_page,
            auth=_ep.AUTH,
            options=options,
            offset=skip,
            limit=take,
            default_limit=250,
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

        return await self._client._request(
            _ep.build_request(
                org_id,
                membership_id,
                body=body,
            ),
            _ep.parse_result,
            auth=_ep.AUTH,
            options=options,
        )
