"""GENERATED CODE: do not edit. ``orgs.attributes.options`` resource of the Cal.com API."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    list_of,
    model,
)
from cal_async._operation import Operation, PagedOperation, body, path, query
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.assign_option_user_output_data import AssignOptionUserOutputData
    from ..models.assign_organization_attribute_option_to_user_input import (
        AssignOrganizationAttributeOptionToUserInput,
        AssignOrganizationAttributeOptionToUserInputDict,
    )
    from ..models.assigned_option_output import AssignedOptionOutput
    from ..models.create_organization_attribute_option_input import (
        CreateOrganizationAttributeOptionInput,
        CreateOrganizationAttributeOptionInputDict,
    )
    from ..models.get_option_user_output_data import GetOptionUserOutputData
    from ..models.option_output import OptionOutput
    from ..models.update_organization_attribute_option_input import (
        UpdateOrganizationAttributeOptionInput,
        UpdateOrganizationAttributeOptionInputDict,
    )

    pass


ASSIGN_TO_USER: Final[Operation[AssignOptionUserOutputData]] = Operation(
    "orgs.attributes.options",
    "assign_to_user",
    "POST",
    "/v2/organizations/{orgId}/attributes/options/{userId}",
    (
        path("orgId", "org_id"),
        path("userId", "user_id"),
        body(),
    ),
    model("assign_option_user_output_data", "AssignOptionUserOutputData"),
    auth=("Authorization",),
    operation_id="OrganizationsAttributesOptionsController_assignOrganizationAttributeOptionToUser",
    summary="Assign an attribute to a user",
)
CREATE: Final[Operation[OptionOutput]] = Operation(
    "orgs.attributes.options",
    "create",
    "POST",
    "/v2/organizations/{orgId}/attributes/{attributeId}/options",
    (
        path("orgId", "org_id"),
        path("attributeId", "attribute_id"),
        body(),
    ),
    model("option_output", "OptionOutput"),
    auth=("Authorization",),
    operation_id="OrganizationsAttributesOptionsController_createOrganizationAttributeOption",
    summary="Create an attribute option",
)
DELETE: Final[Operation[OptionOutput]] = Operation(
    "orgs.attributes.options",
    "delete",
    "DELETE",
    "/v2/organizations/{orgId}/attributes/{attributeId}/options/{optionId}",
    (
        path("orgId", "org_id"),
        path("attributeId", "attribute_id"),
        path("optionId", "option_id"),
    ),
    model("option_output", "OptionOutput"),
    auth=("Authorization",),
    operation_id="OrganizationsAttributesOptionsController_deleteOrganizationAttributeOption",
    summary="Delete an attribute option",
)
GET: Final[Operation[list[GetOptionUserOutputData]]] = Operation(
    "orgs.attributes.options",
    "get",
    "GET",
    "/v2/organizations/{orgId}/attributes/options/{userId}",
    (
        path("orgId", "org_id"),
        path("userId", "user_id"),
    ),
    list_of(model("get_option_user_output_data", "GetOptionUserOutputData")),
    auth=("Authorization",),
    operation_id="OrganizationsAttributesOptionsController_getOrganizationAttributeOptionsForUser",
    summary="Get all attribute options for a user",
)
GET_ASSIGNED: Final[PagedOperation[AssignedOptionOutput]] = PagedOperation(
    "orgs.attributes.options",
    "get_assigned",
    "GET",
    "/v2/organizations/{orgId}/attributes/{attributeId}/options/assigned",
    (
        path("orgId", "org_id"),
        path("attributeId", "attribute_id"),
        query("skip", "skip"),
        query("take", "take"),
        query("assignedOptionIds", "assigned_option_ids", comma=True),
        query("teamIds", "team_ids", comma=True),
    ),
    model("assigned_option_output", "AssignedOptionOutput"),
    auth=("Authorization",),
    operation_id="OrganizationsAttributesOptionsController_getOrganizationAttributeAssignedOptions",
    summary="Get all assigned attribute options by attribute ID",
    offset="skip",
    limit="take",
    default_limit=100,
)
GET_ASSIGNED_BY_SLUG: Final[PagedOperation[AssignedOptionOutput]] = PagedOperation(
    "orgs.attributes.options",
    "get_assigned_by_slug",
    "GET",
    "/v2/organizations/{orgId}/attributes/slugs/{attributeSlug}/options/assigned",
    (
        path("orgId", "org_id"),
        path("attributeSlug", "attribute_slug"),
        query("skip", "skip"),
        query("take", "take"),
        query("assignedOptionIds", "assigned_option_ids", comma=True),
        query("teamIds", "team_ids", comma=True),
    ),
    model("assigned_option_output", "AssignedOptionOutput"),
    auth=("Authorization",),
    operation_id="OrganizationsAttributesOptionsController_getOrganizationAttributeAssignedOptionsBySlug",
    summary="Get all assigned attribute options by attribute slug",
    offset="skip",
    limit="take",
    default_limit=100,
)
LIST: Final[PagedOperation[OptionOutput]] = PagedOperation(
    "orgs.attributes.options",
    "list",
    "GET",
    "/v2/organizations/{orgId}/attributes/{attributeId}/options",
    (
        path("orgId", "org_id"),
        path("attributeId", "attribute_id"),
    ),
    model("option_output", "OptionOutput"),
    auth=("Authorization",),
    operation_id="OrganizationsAttributesOptionsController_getOrganizationAttributeOptions",
    summary="Get all attribute options",
)
UNASSIGN_FROM_USER: Final[Operation[AssignOptionUserOutputData]] = Operation(
    "orgs.attributes.options",
    "unassign_from_user",
    "DELETE",
    "/v2/organizations/{orgId}/attributes/options/{userId}/{attributeOptionId}",
    (
        path("orgId", "org_id"),
        path("userId", "user_id"),
        path("attributeOptionId", "attribute_option_id"),
    ),
    model("assign_option_user_output_data", "AssignOptionUserOutputData"),
    auth=("Authorization",),
    operation_id="OrganizationsAttributesOptionsController_unassignOrganizationAttributeOptionFromUser",
    summary="Unassign an attribute from a user",
)
UPDATE: Final[Operation[OptionOutput]] = Operation(
    "orgs.attributes.options",
    "update",
    "PATCH",
    "/v2/organizations/{orgId}/attributes/{attributeId}/options/{optionId}",
    (
        path("orgId", "org_id"),
        path("attributeId", "attribute_id"),
        path("optionId", "option_id"),
        body(),
    ),
    model("option_output", "OptionOutput"),
    auth=("Authorization",),
    operation_id="OrganizationsAttributesOptionsController_updateOrganizationAttributeOption",
    summary="Update an attribute option",
)


class OrgsAttributesOptionsResource(APIResource):
    """Operations under ``orgs.attributes.options``."""

    async def assign_to_user(
        self,
        org_id: int,
        user_id: int,
        *,
        body: AssignOrganizationAttributeOptionToUserInput | AssignOrganizationAttributeOptionToUserInputDict,
        **options: Unpack[RequestOptions],
    ) -> AssignOptionUserOutputData:
        """Assign an attribute to a user.

        ``POST /v2/organizations/{orgId}/attributes/options/{userId}``"""
        return await self._run(ASSIGN_TO_USER, options, org_id, user_id, body)

    async def create(
        self,
        org_id: int,
        attribute_id: str,
        *,
        body: CreateOrganizationAttributeOptionInput | CreateOrganizationAttributeOptionInputDict,
        **options: Unpack[RequestOptions],
    ) -> OptionOutput:
        """Create an attribute option.

        ``POST /v2/organizations/{orgId}/attributes/{attributeId}/options``"""
        return await self._run(CREATE, options, org_id, attribute_id, body)

    async def delete(
        self,
        org_id: int,
        attribute_id: str,
        option_id: str,
        **options: Unpack[RequestOptions],
    ) -> OptionOutput:
        """Delete an attribute option.

        ``DELETE /v2/organizations/{orgId}/attributes/{attributeId}/options/{optionId}``"""
        return await self._run(DELETE, options, org_id, attribute_id, option_id)

    async def get(
        self,
        org_id: int,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[GetOptionUserOutputData]:
        """Get all attribute options for a user.

        ``GET /v2/organizations/{orgId}/attributes/options/{userId}``"""
        return await self._run(GET, options, org_id, user_id)

    def get_assigned(
        self,
        org_id: int,
        attribute_id: str,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        assigned_option_ids: str | Sequence[str] | Unset = UNSET,
        team_ids: int | Sequence[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[AssignedOptionOutput]:
        """Get all assigned attribute options by attribute ID.

        ``GET /v2/organizations/{orgId}/attributes/{attributeId}/options/assigned``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id:
            attribute_id:
            skip: Number of responses to skip
            take: Number of responses to take
            assigned_option_ids: Filter by assigned attribute option ids. ids must be separated by a comma.
            team_ids: Filter by teamIds. Team ids must be separated by a comma."""
        return self._page(GET_ASSIGNED, options, org_id, attribute_id, skip, take, assigned_option_ids, team_ids)

    def get_assigned_by_slug(
        self,
        org_id: int,
        attribute_slug: str,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        assigned_option_ids: str | Sequence[str] | Unset = UNSET,
        team_ids: int | Sequence[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[AssignedOptionOutput]:
        """Get all assigned attribute options by attribute slug.

        ``GET /v2/organizations/{orgId}/attributes/slugs/{attributeSlug}/options/assigned``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id:
            attribute_slug:
            skip: Number of responses to skip
            take: Number of responses to take
            assigned_option_ids: Filter by assigned attribute option ids. ids must be separated by a comma.
            team_ids: Filter by teamIds. Team ids must be separated by a comma."""
        return self._page(
            GET_ASSIGNED_BY_SLUG, options, org_id, attribute_slug, skip, take, assigned_option_ids, team_ids
        )

    def list(
        self,
        org_id: int,
        attribute_id: str,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[OptionOutput]:
        """Get all attribute options.

        ``GET /v2/organizations/{orgId}/attributes/{attributeId}/options``

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item."""
        return self._page(LIST, options, org_id, attribute_id)

    async def unassign_from_user(
        self,
        org_id: int,
        user_id: int,
        attribute_option_id: str,
        **options: Unpack[RequestOptions],
    ) -> AssignOptionUserOutputData:
        """Unassign an attribute from a user.

        ``DELETE /v2/organizations/{orgId}/attributes/options/{userId}/{attributeOptionId}``"""
        return await self._run(UNASSIGN_FROM_USER, options, org_id, user_id, attribute_option_id)

    async def update(
        self,
        org_id: int,
        attribute_id: str,
        option_id: str,
        *,
        body: UpdateOrganizationAttributeOptionInput | UpdateOrganizationAttributeOptionInputDict,
        **options: Unpack[RequestOptions],
    ) -> OptionOutput:
        """Update an attribute option.

        ``PATCH /v2/organizations/{orgId}/attributes/{attributeId}/options/{optionId}``"""
        return await self._run(UPDATE, options, org_id, attribute_id, option_id, body)
