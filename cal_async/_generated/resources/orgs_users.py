"""GENERATED CODE: do not edit. ``orgs.users`` resource of the Cal.com API."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset
from cal_async.pagination import AsyncPaginator

from ..models.orgs_users_list_attribute_query_operator import OrgsUsersListAttributeQueryOperator

if TYPE_CHECKING:
    from ..models.create_organization_user_input import CreateOrganizationUserInput, CreateOrganizationUserInputDict
    from ..models.get_org_users_with_profile_output import GetOrgUsersWithProfileOutput
    from ..models.update_organization_user_input import UpdateOrganizationUserInput
    from .orgs_users_bookings import OrgsUsersBookingsResource
    from .orgs_users_ooo import OrgsUsersOooResource
    from .orgs_users_schedules import OrgsUsersSchedulesResource

    pass


class OrgsUsersResource(APIResource):
    """Operations under ``orgs.users``."""

    @cached_property
    def bookings(self) -> OrgsUsersBookingsResource:
        """``orgs.users.bookings``: list"""
        from .orgs_users_bookings import OrgsUsersBookingsResource

        return OrgsUsersBookingsResource(self._client)

    @cached_property
    def ooo(self) -> OrgsUsersOooResource:
        """``orgs.users.ooo``: list, create, delete, update, get"""
        from .orgs_users_ooo import OrgsUsersOooResource

        return OrgsUsersOooResource(self._client)

    @cached_property
    def schedules(self) -> OrgsUsersSchedulesResource:
        """``orgs.users.schedules``: list, create, get, delete, update"""
        from .orgs_users_schedules import OrgsUsersSchedulesResource

        return OrgsUsersSchedulesResource(self._client)

    async def create(
        self,
        org_id: int,
        *,
        body: CreateOrganizationUserInput | CreateOrganizationUserInputDict,
        **options: Unpack[RequestOptions],
    ) -> GetOrgUsersWithProfileOutput:
        """Create a user.

        ``POST /v2/organizations/{org_id}/users``

        Args:
            org_id (int):
            body (CreateOrganizationUserInput):"""
        from ..api.orgs_users import orgs_users_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            body=body,
        )

    async def delete(
        self,
        org_id: int,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> GetOrgUsersWithProfileOutput:
        """Delete a user.

        ``DELETE /v2/organizations/{org_id}/users/{user_id}``

        Args:
            org_id (int):
            user_id (int):"""
        from ..api.orgs_users import orgs_users_delete as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            user_id,
        )

    def list(
        self,
        org_id: int,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        emails: Sequence[str] | Unset = UNSET,
        assigned_option_ids: Sequence[str] | Unset = UNSET,
        attribute_query_operator: OrgsUsersListAttributeQueryOperator
        | Literal["AND", "NONE", "OR"]
        | Unset = OrgsUsersListAttributeQueryOperator.AND,
        team_ids: Sequence[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[GetOrgUsersWithProfileOutput]:
        """Get all users.

        ``GET /v2/organizations/{org_id}/users``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id (int):
            take (int | Unset):
            skip (int | Unset):
            emails (list[str] | Unset):
            assigned_option_ids (list[str] | Unset):
            attribute_query_operator (OrgsUsersListAttributeQueryOperator | Unset):  Default: OrgsUsersListAttributeQueryOperator.AND.
            team_ids (list[int] | Unset):"""
        from ..api.orgs_users import orgs_users_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
            take=take,
            skip=skip,
            emails=emails,
            assigned_option_ids=assigned_option_ids,
            attribute_query_operator=attribute_query_operator,
            team_ids=team_ids,
        )

    async def update(
        self,
        org_id: int,
        user_id: int,
        *,
        body: UpdateOrganizationUserInput | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> GetOrgUsersWithProfileOutput:
        """Update a user.

        ``PATCH /v2/organizations/{org_id}/users/{user_id}``

        Args:
            org_id (int):
            user_id (int):
            body (UpdateOrganizationUserInput):"""
        from ..api.orgs_users import orgs_users_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            user_id,
            body=body,
        )
