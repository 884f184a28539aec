"""GENERATED CODE: do not edit. ``managed_orgs`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    model,
)
from cal_async._operation import Operation, PagedOperation, body, path, query
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.create_organization_input import CreateOrganizationInput, CreateOrganizationInputDict
    from ..models.managed_organization_output import ManagedOrganizationOutput
    from ..models.managed_organization_with_api_key_output import ManagedOrganizationWithApiKeyOutput
    from ..models.update_organization_input import UpdateOrganizationInput, UpdateOrganizationInputDict

    pass


CREATE_ORGANIZATION: Final[Operation[ManagedOrganizationWithApiKeyOutput]] = Operation(
    "managed_orgs",
    "create_organization",
    "POST",
    "/v2/organizations/{orgId}/organizations",
    (
        path("orgId", "org_id"),
        body(),
    ),
    model("managed_organization_with_api_key_output", "ManagedOrganizationWithApiKeyOutput"),
    auth=(
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsOrganizationsController_createOrganization",
    summary="Create an organization within an organization",
)
DELETE_ORGANIZATION: Final[Operation[ManagedOrganizationOutput]] = Operation(
    "managed_orgs",
    "delete_organization",
    "DELETE",
    "/v2/organizations/{orgId}/organizations/{managedOrganizationId}",
    (
        path("orgId", "org_id"),
        path("managedOrganizationId", "managed_organization_id"),
    ),
    model("managed_organization_output", "ManagedOrganizationOutput"),
    auth=(
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsOrganizationsController_deleteOrganization",
    summary="Delete an organization within an organization",
)
GET_ORGANIZATION: Final[Operation[ManagedOrganizationOutput]] = Operation(
    "managed_orgs",
    "get_organization",
    "GET",
    "/v2/organizations/{orgId}/organizations/{managedOrganizationId}",
    (
        path("orgId", "org_id"),
        path("managedOrganizationId", "managed_organization_id"),
    ),
    model("managed_organization_output", "ManagedOrganizationOutput"),
    auth=(
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsOrganizationsController_getOrganization",
    summary="Get an organization within an organization",
)
GET_ORGANIZATIONS: Final[PagedOperation[ManagedOrganizationOutput]] = PagedOperation(
    "managed_orgs",
    "get_organizations",
    "GET",
    "/v2/organizations/{orgId}/organizations",
    (
        path("orgId", "org_id"),
        query("take", "take"),
        query("skip", "skip"),
        query("slug", "slug"),
        query("metadataKey", "metadata_key"),
        query("metadataValue", "metadata_value"),
    ),
    model("managed_organization_output", "ManagedOrganizationOutput"),
    auth=(
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsOrganizationsController_getOrganizations",
    summary="Get all organizations within an organization",
    offset="skip",
    limit="take",
    default_limit=250,
)
UPDATE_ORGANIZATION: Final[Operation[ManagedOrganizationOutput]] = Operation(
    "managed_orgs",
    "update_organization",
    "PATCH",
    "/v2/organizations/{orgId}/organizations/{managedOrganizationId}",
    (
        path("orgId", "org_id"),
        path("managedOrganizationId", "managed_organization_id"),
        body(),
    ),
    model("managed_organization_output", "ManagedOrganizationOutput"),
    auth=(
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsOrganizationsController_updateOrganization",
    summary="Update an organization within an organization",
)


class ManagedOrgsResource(APIResource):
    """Operations under ``managed_orgs``."""

    async def create_organization(
        self,
        org_id: int,
        *,
        body: CreateOrganizationInput | CreateOrganizationInputDict,
        **options: Unpack[RequestOptions],
    ) -> ManagedOrganizationWithApiKeyOutput:
        """Create an organization within an organization.

        ``POST /v2/organizations/{orgId}/organizations``"""
        return await self._run(CREATE_ORGANIZATION, options, org_id, body)

    async def delete_organization(
        self,
        org_id: int,
        managed_organization_id: int,
        **options: Unpack[RequestOptions],
    ) -> ManagedOrganizationOutput:
        """Delete an organization within an organization.

        ``DELETE /v2/organizations/{orgId}/organizations/{managedOrganizationId}``"""
        return await self._run(DELETE_ORGANIZATION, options, org_id, managed_organization_id)

    async def get_organization(
        self,
        org_id: int,
        managed_organization_id: int,
        **options: Unpack[RequestOptions],
    ) -> ManagedOrganizationOutput:
        """Get an organization within an organization.

        ``GET /v2/organizations/{orgId}/organizations/{managedOrganizationId}``"""
        return await self._run(GET_ORGANIZATION, options, org_id, managed_organization_id)

    def get_organizations(
        self,
        org_id: int,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        slug: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ManagedOrganizationOutput]:
        """Get all organizations within an organization.

        ``GET /v2/organizations/{orgId}/organizations``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id:
            take: Maximum number of items to return
            skip: Number of items to skip
            slug: The slug of the managed organization
            metadata_key: The key of the metadata - it is case sensitive so provide exactly as stored. If you provide it then you must also provide metadataValue
            metadata_value: The value of the metadata - it is case sensitive so provide exactly as stored. If you provide it then you must also provide metadataKey"""
        return self._page(GET_ORGANIZATIONS, options, org_id, take, skip, slug, metadata_key, metadata_value)

    async def update_organization(
        self,
        org_id: int,
        managed_organization_id: int,
        *,
        body: UpdateOrganizationInput | UpdateOrganizationInputDict,
        **options: Unpack[RequestOptions],
    ) -> ManagedOrganizationOutput:
        """Update an organization within an organization.

        ``PATCH /v2/organizations/{orgId}/organizations/{managedOrganizationId}``"""
        return await self._run(UPDATE_ORGANIZATION, options, org_id, managed_organization_id, body)
