"""GENERATED CODE: do not edit. ``orgs.users`` resource of the Cal.com API."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Final, Literal, Unpack

from cal_async._fields import (
    model,
)
from cal_async._operation import Operation, PagedOperation, body, path, query
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset
from cal_async.pagination import AsyncPaginator

from ..models.orgs_users_list_attribute_query_operator import OrgsUsersListAttributeQueryOperator

if TYPE_CHECKING:
    from cal_async._generated.resources.orgs_users_bookings import OrgsUsersBookingsResource
    from cal_async._generated.resources.orgs_users_ooo import OrgsUsersOooResource
    from cal_async._generated.resources.orgs_users_schedules import OrgsUsersSchedulesResource

    from ..models.create_organization_user_input import CreateOrganizationUserInput, CreateOrganizationUserInputDict
    from ..models.get_org_users_with_profile_output import GetOrgUsersWithProfileOutput
    from ..models.update_organization_user_input import UpdateOrganizationUserInput

    pass


CREATE: Final[Operation[GetOrgUsersWithProfileOutput]] = Operation(
    "orgs.users",
    "create",
    "POST",
    "/v2/organizations/{orgId}/users",
    (
        path("orgId", "org_id"),
        body(),
    ),
    model("get_org_users_with_profile_output", "GetOrgUsersWithProfileOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsUsersController_createOrganizationUser",
    summary="Create a user",
)
DELETE: Final[Operation[GetOrgUsersWithProfileOutput]] = Operation(
    "orgs.users",
    "delete",
    "DELETE",
    "/v2/organizations/{orgId}/users/{userId}",
    (
        path("orgId", "org_id"),
        path("userId", "user_id"),
    ),
    model("get_org_users_with_profile_output", "GetOrgUsersWithProfileOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsUsersController_deleteOrganizationUser",
    summary="Delete a user",
)
LIST: Final[PagedOperation[GetOrgUsersWithProfileOutput]] = PagedOperation(
    "orgs.users",
    "list",
    "GET",
    "/v2/organizations/{orgId}/users",
    (
        path("orgId", "org_id"),
        query("take", "take"),
        query("skip", "skip"),
        query("emails", "emails"),
        query("assignedOptionIds", "assigned_option_ids", comma=True),
        query("attributeQueryOperator", "attribute_query_operator", choices=("OR", "AND", "NONE")),
        query("teamIds", "team_ids", comma=True),
    ),
    model("get_org_users_with_profile_output", "GetOrgUsersWithProfileOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsUsersController_getOrganizationsUsers",
    summary="Get all users",
    offset="skip",
    limit="take",
    default_limit=100,
)
UPDATE: Final[Operation[GetOrgUsersWithProfileOutput]] = Operation(
    "orgs.users",
    "update",
    "PATCH",
    "/v2/organizations/{orgId}/users/{userId}",
    (
        path("orgId", "org_id"),
        path("userId", "user_id"),
        body(),
    ),
    model("get_org_users_with_profile_output", "GetOrgUsersWithProfileOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsUsersController_updateOrganizationUser",
    summary="Update a user",
)


class OrgsUsersResource(APIResource):
    """Operations under ``orgs.users``."""

    @cached_property
    def bookings(self) -> OrgsUsersBookingsResource:
        """``orgs.users.bookings``: list"""
        from cal_async._generated.resources.orgs_users_bookings import OrgsUsersBookingsResource

        return OrgsUsersBookingsResource(self._client)

    @cached_property
    def ooo(self) -> OrgsUsersOooResource:
        """``orgs.users.ooo``: list, create, delete, update, get"""
        from cal_async._generated.resources.orgs_users_ooo import OrgsUsersOooResource

        return OrgsUsersOooResource(self._client)

    @cached_property
    def schedules(self) -> OrgsUsersSchedulesResource:
        """``orgs.users.schedules``: list, create, get, delete, update"""
        from cal_async._generated.resources.orgs_users_schedules import OrgsUsersSchedulesResource

        return OrgsUsersSchedulesResource(self._client)

    async def create(
        self,
        org_id: int,
        *,
        body: CreateOrganizationUserInput | CreateOrganizationUserInputDict,
        **options: Unpack[RequestOptions],
    ) -> GetOrgUsersWithProfileOutput:
        """Create a user.

        ``POST /v2/organizations/{orgId}/users``"""
        return await self._run(CREATE, options, org_id, body)

    async def delete(
        self,
        org_id: int,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> GetOrgUsersWithProfileOutput:
        """Delete a user.

        ``DELETE /v2/organizations/{orgId}/users/{userId}``"""
        return await self._run(DELETE, options, org_id, user_id)

    def list(
        self,
        org_id: int,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        emails: str | Sequence[str] | Unset = UNSET,
        assigned_option_ids: str | Sequence[str] | Unset = UNSET,
        attribute_query_operator: OrgsUsersListAttributeQueryOperator
        | Literal["AND", "NONE", "OR"]
        | Unset = OrgsUsersListAttributeQueryOperator.AND,
        team_ids: int | Sequence[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[GetOrgUsersWithProfileOutput]:
        """Get all users.

        ``GET /v2/organizations/{orgId}/users``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id:
            take: The number of items to return
            skip: The number of items to skip
            emails: The email address or an array of email addresses to filter by
            assigned_option_ids: Filter by assigned attribute option ids. ids must be separated by a comma.
            attribute_query_operator: Query operator used to filter assigned options, AND by default.
            team_ids: Filter by teamIds. Team ids must be separated by a comma."""
        return self._page(
            LIST, options, org_id, take, skip, emails, assigned_option_ids, attribute_query_operator, team_ids
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

        ``PATCH /v2/organizations/{orgId}/users/{userId}``"""
        return await self._run(UPDATE, options, org_id, user_id, body)
