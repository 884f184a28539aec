"""GENERATED CODE: do not edit. ``managed_orgs`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

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

        ``POST /v2/organizations/{org_id}/organizations``

        Args:
            org_id (int):
            body (CreateOrganizationInput):"""
        from ..api.managed_orgs import managed_orgs_create_organization as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            body=body,
        )

    async def delete_organization(
        self,
        org_id: int,
        managed_organization_id: int,
        **options: Unpack[RequestOptions],
    ) -> ManagedOrganizationOutput:
        """Delete an organization within an organization.

        ``DELETE /v2/organizations/{org_id}/organizations/{managed_organization_id}``

        Args:
            org_id (int):
            managed_organization_id (int):"""
        from ..api.managed_orgs import managed_orgs_delete_organization as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            managed_organization_id,
        )

    async def get_organization(
        self,
        org_id: int,
        managed_organization_id: int,
        **options: Unpack[RequestOptions],
    ) -> ManagedOrganizationOutput:
        """Get an organization within an organization.

        ``GET /v2/organizations/{org_id}/organizations/{managed_organization_id}``

        Args:
            org_id (int):
            managed_organization_id (int):"""
        from ..api.managed_orgs import managed_orgs_get_organization as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            managed_organization_id,
        )

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

        ``GET /v2/organizations/{org_id}/organizations``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id (int):
            take (int | Unset):  Default: 250.
            skip (int | Unset):  Default: 0.
            slug (str | Unset):
            metadata_key (str | Unset):
            metadata_value (str | Unset):"""
        from ..api.managed_orgs import managed_orgs_get_organizations as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
            take=take,
            skip=skip,
            slug=slug,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
        )

    async def update_organization(
        self,
        org_id: int,
        managed_organization_id: int,
        *,
        body: UpdateOrganizationInput | UpdateOrganizationInputDict,
        **options: Unpack[RequestOptions],
    ) -> ManagedOrganizationOutput:
        """Update an organization within an organization.

        ``PATCH /v2/organizations/{org_id}/organizations/{managed_organization_id}``

        Args:
            org_id (int):
            managed_organization_id (int):
            body (UpdateOrganizationInput):"""
        from ..api.managed_orgs import managed_orgs_update_organization as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            managed_organization_id,
            body=body,
        )
