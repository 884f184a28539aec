"""GENERATED CODE: do not edit. ``orgs.attributes.options`` resource of the Cal.com API."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Unpack

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

        ``POST /v2/organizations/{org_id}/attributes/options/{user_id}``

        Args:
            org_id (int):
            user_id (int):
            body (AssignOrganizationAttributeOptionToUserInput):"""
        from ..api.orgs_attributes_options import orgs_attributes_options_assign_to_user as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            user_id,
            body=body,
        )

    async def create(
        self,
        org_id: int,
        attribute_id: str,
        *,
        body: CreateOrganizationAttributeOptionInput | CreateOrganizationAttributeOptionInputDict,
        **options: Unpack[RequestOptions],
    ) -> OptionOutput:
        """Create an attribute option.

        ``POST /v2/organizations/{org_id}/attributes/{attribute_id}/options``

        Args:
            org_id (int):
            attribute_id (str):
            body (CreateOrganizationAttributeOptionInput):"""
        from ..api.orgs_attributes_options import orgs_attributes_options_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            attribute_id,
            body=body,
        )

    async def delete(
        self,
        org_id: int,
        attribute_id: str,
        option_id: str,
        **options: Unpack[RequestOptions],
    ) -> OptionOutput:
        """Delete an attribute option.

        ``DELETE /v2/organizations/{org_id}/attributes/{attribute_id}/options/{option_id}``

        Args:
            org_id (int):
            attribute_id (str):
            option_id (str):"""
        from ..api.orgs_attributes_options import orgs_attributes_options_delete as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            attribute_id,
            option_id,
        )

    async def get(
        self,
        org_id: int,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[GetOptionUserOutputData]:
        """Get all attribute options for a user.

        ``GET /v2/organizations/{org_id}/attributes/options/{user_id}``

        Args:
            org_id (int):
            user_id (int):"""
        from ..api.orgs_attributes_options import orgs_attributes_options_get as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            user_id,
        )

    def get_assigned(
        self,
        org_id: int,
        attribute_id: str,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        assigned_option_ids: Sequence[str] | Unset = UNSET,
        team_ids: Sequence[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[AssignedOptionOutput]:
        """Get all assigned attribute options by attribute ID.

        ``GET /v2/organizations/{org_id}/attributes/{attribute_id}/options/assigned``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id (int):
            attribute_id (str):
            skip (int | Unset):
            take (int | Unset):
            assigned_option_ids (list[str] | Unset):
            team_ids (list[int] | Unset):"""
        from ..api.orgs_attributes_options import orgs_attributes_options_get_assigned as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
            attribute_id,
            skip=skip,
            take=take,
            assigned_option_ids=assigned_option_ids,
            team_ids=team_ids,
        )

    def get_assigned_by_slug(
        self,
        org_id: int,
        attribute_slug: str,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        assigned_option_ids: Sequence[str] | Unset = UNSET,
        team_ids: Sequence[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[AssignedOptionOutput]:
        """Get all assigned attribute options by attribute slug.

        ``GET /v2/organizations/{org_id}/attributes/slugs/{attribute_slug}/options/assigned``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id (int):
            attribute_slug (str):
            skip (int | Unset):
            take (int | Unset):
            assigned_option_ids (list[str] | Unset):
            team_ids (list[int] | Unset):"""
        from ..api.orgs_attributes_options import orgs_attributes_options_get_assigned_by_slug as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
            attribute_slug,
            skip=skip,
            take=take,
            assigned_option_ids=assigned_option_ids,
            team_ids=team_ids,
        )

    def list(
        self,
        org_id: int,
        attribute_id: str,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[OptionOutput]:
        """Get all attribute options.

        ``GET /v2/organizations/{org_id}/attributes/{attribute_id}/options``

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item.

        Args:
            org_id (int):
            attribute_id (str):"""
        from ..api.orgs_attributes_options import orgs_attributes_options_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
            attribute_id,
        )

    async def unassign_from_user(
        self,
        org_id: int,
        user_id: int,
        attribute_option_id: str,
        **options: Unpack[RequestOptions],
    ) -> AssignOptionUserOutputData:
        """Unassign an attribute from a user.

        ``DELETE /v2/organizations/{org_id}/attributes/options/{user_id}/{attribute_option_id}``

        Args:
            org_id (int):
            user_id (int):
            attribute_option_id (str):"""
        from ..api.orgs_attributes_options import orgs_attributes_options_unassign_from_user as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            user_id,
            attribute_option_id,
        )

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

        ``PATCH /v2/organizations/{org_id}/attributes/{attribute_id}/options/{option_id}``

        Args:
            org_id (int):
            attribute_id (str):
            option_id (str):
            body (UpdateOrganizationAttributeOptionInput):"""
        from ..api.orgs_attributes_options import orgs_attributes_options_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            attribute_id,
            option_id,
            body=body,
        )
