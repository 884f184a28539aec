"""GENERATED CODE: do not edit. ``orgs.memberships`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    model,
)
from cal_async._operation import Operation, PagedOperation, body, path, query
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import Unset
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.create_org_membership_dto import CreateOrgMembershipDto, CreateOrgMembershipDtoDict
    from ..models.organization_membership_output import OrganizationMembershipOutput
    from ..models.update_org_membership_dto import UpdateOrgMembershipDto, UpdateOrgMembershipDtoDict

    pass


CREATE: Final[Operation[OrganizationMembershipOutput]] = Operation(
    "orgs.memberships",
    "create",
    "POST",
    "/v2/organizations/{orgId}/memberships",
    (
        path("orgId", "org_id"),
        body(),
    ),
    model("organization_membership_output", "OrganizationMembershipOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsMembershipsController_createMembership",
    summary="Create a membership",
)
DELETE: Final[Operation[OrganizationMembershipOutput]] = Operation(
    "orgs.memberships",
    "delete",
    "DELETE",
    "/v2/organizations/{orgId}/memberships/{membershipId}",
    (
        path("orgId", "org_id"),
        path("membershipId", "membership_id"),
    ),
    model("organization_membership_output", "OrganizationMembershipOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsMembershipsController_deleteMembership",
    summary="Delete a membership",
)
GET: Final[Operation[OrganizationMembershipOutput]] = Operation(
    "orgs.memberships",
    "get",
    "GET",
    "/v2/organizations/{orgId}/memberships/{membershipId}",
    (
        path("orgId", "org_id"),
        path("membershipId", "membership_id"),
    ),
    model("organization_membership_output", "OrganizationMembershipOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsMembershipsController_getOrgMembership",
    summary="Get a membership",
)
LIST: Final[PagedOperation[OrganizationMembershipOutput]] = PagedOperation(
    "orgs.memberships",
    "list",
    "GET",
    "/v2/organizations/{orgId}/memberships",
    (
        path("orgId", "org_id"),
        query("take", "take"),
        query("skip", "skip"),
    ),
    model("organization_membership_output", "OrganizationMembershipOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsMembershipsController_getAllMemberships",
    summary="Get all memberships",
    offset="skip",
    limit="take",
    default_limit=250,
)
UPDATE: Final[Operation[OrganizationMembershipOutput]] = Operation(
    "orgs.memberships",
    "update",
    "PATCH",
    "/v2/organizations/{orgId}/memberships/{membershipId}",
    (
        path("orgId", "org_id"),
        path("membershipId", "membership_id"),
        body(),
    ),
    model("organization_membership_output", "OrganizationMembershipOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsMembershipsController_updateMembership",
    summary="Update a membership",
)


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

        ``POST /v2/organizations/{orgId}/memberships``"""
        return await self._run(CREATE, options, org_id, body)

    async def delete(
        self,
        org_id: int,
        membership_id: int,
        **options: Unpack[RequestOptions],
    ) -> OrganizationMembershipOutput:
        """Delete a membership.

        ``DELETE /v2/organizations/{orgId}/memberships/{membershipId}``"""
        return await self._run(DELETE, options, org_id, membership_id)

    async def get(
        self,
        org_id: int,
        membership_id: int,
        **options: Unpack[RequestOptions],
    ) -> OrganizationMembershipOutput:
        """Get a membership.

        ``GET /v2/organizations/{orgId}/memberships/{membershipId}``"""
        return await self._run(GET, options, org_id, membership_id)

    def list(
        self,
        org_id: int,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[OrganizationMembershipOutput]:
        """Get all memberships.

        ``GET /v2/organizations/{orgId}/memberships``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id:
            take: Maximum number of items to return
            skip: Number of items to skip"""
        return self._page(LIST, options, org_id, take, skip)

    async def update(
        self,
        org_id: int,
        membership_id: int,
        *,
        body: UpdateOrgMembershipDto | UpdateOrgMembershipDtoDict,
        **options: Unpack[RequestOptions],
    ) -> OrganizationMembershipOutput:
        """Update a membership.

        ``PATCH /v2/organizations/{orgId}/memberships/{membershipId}``"""
        return await self._run(UPDATE, options, org_id, membership_id, body)
