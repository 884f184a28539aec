"""GENERATED CODE: do not edit. ``orgs.attributes`` resource of the Cal.com API."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import Unset
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.attribute import Attribute
    from ..models.create_organization_attribute_input import (
        CreateOrganizationAttributeInput,
        CreateOrganizationAttributeInputDict,
    )
    from ..models.update_organization_attribute_input import (
        UpdateOrganizationAttributeInput,
        UpdateOrganizationAttributeInputDict,
    )
    from .orgs_attributes_options import OrgsAttributesOptionsResource

    pass


class OrgsAttributesResource(APIResource):
    """Operations under ``orgs.attributes``."""

    @cached_property
    def options(self) -> OrgsAttributesOptionsResource:
        """``orgs.attributes.options``: list, create, delete, update, get_assigned, get_assigned_by_slug, get, assign_to_user, unassign_from_user"""
        from .orgs_attributes_options import OrgsAttributesOptionsResource

        return OrgsAttributesOptionsResource(self._client)

    async def create(
        self,
        org_id: int,
        *,
        body: CreateOrganizationAttributeInput | CreateOrganizationAttributeInputDict,
        **options: Unpack[RequestOptions],
    ) -> Attribute:
        """Create an attribute.

        ``POST /v2/organizations/{org_id}/attributes``

        Args:
            org_id (int):
            body (CreateOrganizationAttributeInput):"""
        from ..api.orgs_attributes import orgs_attributes_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            body=body,
        )

    async def delete(
        self,
        org_id: int,
        attribute_id: str,
        **options: Unpack[RequestOptions],
    ) -> Attribute:
        """Delete an attribute.

        ``DELETE /v2/organizations/{org_id}/attributes/{attribute_id}``

        Args:
            org_id (int):
            attribute_id (str):"""
        from ..api.orgs_attributes import orgs_attributes_delete as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            attribute_id,
        )

    async def get(
        self,
        org_id: int,
        attribute_id: str,
        **options: Unpack[RequestOptions],
    ) -> Attribute | None:
        """Get an attribute.

        ``GET /v2/organizations/{org_id}/attributes/{attribute_id}``

        Args:
            org_id (int):
            attribute_id (str):"""
        from ..api.orgs_attributes import orgs_attributes_get as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            attribute_id,
        )

    def list(
        self,
        org_id: int,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Attribute]:
        """Get all attributes.

        ``GET /v2/organizations/{org_id}/attributes``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id (int):
            take (int | Unset):  Default: 250.
            skip (int | Unset):  Default: 0."""
        from ..api.orgs_attributes import orgs_attributes_list as _ep

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
        attribute_id: str,
        *,
        body: UpdateOrganizationAttributeInput | UpdateOrganizationAttributeInputDict,
        **options: Unpack[RequestOptions],
    ) -> Attribute:
        """Update an attribute.

        ``PATCH /v2/organizations/{org_id}/attributes/{attribute_id}``

        Args:
            org_id (int):
            attribute_id (str):
            body (UpdateOrganizationAttributeInput):"""
        from ..api.orgs_attributes import orgs_attributes_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            attribute_id,
            body=body,
        )
