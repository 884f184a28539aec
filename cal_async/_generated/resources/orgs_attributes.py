"""GENERATED CODE: do not edit. ``orgs.attributes`` resource of the Cal.com API."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    model,
    nullable,
)
from cal_async._operation import Operation, PagedOperation, body, path, query
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import Unset
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from cal_async._generated.resources.orgs_attributes_options import OrgsAttributesOptionsResource

    from ..models.attribute import Attribute
    from ..models.create_organization_attribute_input import (
        CreateOrganizationAttributeInput,
        CreateOrganizationAttributeInputDict,
    )
    from ..models.update_organization_attribute_input import (
        UpdateOrganizationAttributeInput,
        UpdateOrganizationAttributeInputDict,
    )

    pass


CREATE: Final[Operation[Attribute]] = Operation(
    "orgs.attributes",
    "create",
    "POST",
    "/v2/organizations/{orgId}/attributes",
    (
        path("orgId", "org_id"),
        body(),
    ),
    model("attribute", "Attribute"),
    auth=("Authorization",),
    operation_id="OrganizationsAttributesController_createOrganizationAttribute",
    summary="Create an attribute",
)
DELETE: Final[Operation[Attribute]] = Operation(
    "orgs.attributes",
    "delete",
    "DELETE",
    "/v2/organizations/{orgId}/attributes/{attributeId}",
    (
        path("orgId", "org_id"),
        path("attributeId", "attribute_id"),
    ),
    model("attribute", "Attribute"),
    auth=("Authorization",),
    operation_id="OrganizationsAttributesController_deleteOrganizationAttribute",
    summary="Delete an attribute",
)
GET: Final[Operation[Attribute | None]] = Operation(
    "orgs.attributes",
    "get",
    "GET",
    "/v2/organizations/{orgId}/attributes/{attributeId}",
    (
        path("orgId", "org_id"),
        path("attributeId", "attribute_id"),
    ),
    nullable(model("attribute", "Attribute")),
    auth=("Authorization",),
    operation_id="OrganizationsAttributesController_getOrganizationAttribute",
    summary="Get an attribute",
)
LIST: Final[PagedOperation[Attribute]] = PagedOperation(
    "orgs.attributes",
    "list",
    "GET",
    "/v2/organizations/{orgId}/attributes",
    (
        path("orgId", "org_id"),
        query("take", "take"),
        query("skip", "skip"),
    ),
    model("attribute", "Attribute"),
    auth=("Authorization",),
    operation_id="OrganizationsAttributesController_getOrganizationAttributes",
    summary="Get all attributes",
    offset="skip",
    limit="take",
    default_limit=250,
)
UPDATE: Final[Operation[Attribute]] = Operation(
    "orgs.attributes",
    "update",
    "PATCH",
    "/v2/organizations/{orgId}/attributes/{attributeId}",
    (
        path("orgId", "org_id"),
        path("attributeId", "attribute_id"),
        body(),
    ),
    model("attribute", "Attribute"),
    auth=("Authorization",),
    operation_id="OrganizationsAttributesController_updateOrganizationAttribute",
    summary="Update an attribute",
)


class OrgsAttributesResource(APIResource):
    """Operations under ``orgs.attributes``."""

    @cached_property
    def options(self) -> OrgsAttributesOptionsResource:
        """``orgs.attributes.options``: list, create, delete, update, get_assigned, get_assigned_by_slug, get, assign_to_user, unassign_from_user"""
        from cal_async._generated.resources.orgs_attributes_options import OrgsAttributesOptionsResource

        return OrgsAttributesOptionsResource(self._client)

    async def create(
        self,
        org_id: int,
        *,
        body: CreateOrganizationAttributeInput | CreateOrganizationAttributeInputDict,
        **options: Unpack[RequestOptions],
    ) -> Attribute:
        """Create an attribute.

        ``POST /v2/organizations/{orgId}/attributes``"""
        return await self._run(CREATE, options, org_id, body)

    async def delete(
        self,
        org_id: int,
        attribute_id: str,
        **options: Unpack[RequestOptions],
    ) -> Attribute:
        """Delete an attribute.

        ``DELETE /v2/organizations/{orgId}/attributes/{attributeId}``"""
        return await self._run(DELETE, options, org_id, attribute_id)

    async def get(
        self,
        org_id: int,
        attribute_id: str,
        **options: Unpack[RequestOptions],
    ) -> Attribute | None:
        """Get an attribute.

        ``GET /v2/organizations/{orgId}/attributes/{attributeId}``"""
        return await self._run(GET, options, org_id, attribute_id)

    def list(
        self,
        org_id: int,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Attribute]:
        """Get all attributes.

        ``GET /v2/organizations/{orgId}/attributes``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id:
            take: Maximum number of items to return
            skip: Number of items to skip"""
        return self._page(LIST, options, org_id, take, skip)

    async def update(
        self,
        org_id: int,
        attribute_id: str,
        *,
        body: UpdateOrganizationAttributeInput | UpdateOrganizationAttributeInputDict,
        **options: Unpack[RequestOptions],
    ) -> Attribute:
        """Update an attribute.

        ``PATCH /v2/organizations/{orgId}/attributes/{attributeId}``"""
        return await self._run(UPDATE, options, org_id, attribute_id, body)
