"""GENERATED CODE: do not edit. ``orgs.users.ooo`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal, Unpack

from cal_async._fields import (
    ANY,
    model,
)
from cal_async._operation import Operation, PagedOperation, body, path, query
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset
from cal_async.pagination import AsyncPaginator

from ..models.orgs_users_ooo_get_sort_end import OrgsUsersOooGetSortEnd
from ..models.orgs_users_ooo_get_sort_start import OrgsUsersOooGetSortStart
from ..models.orgs_users_ooo_list_sort_end import OrgsUsersOooListSortEnd
from ..models.orgs_users_ooo_list_sort_start import OrgsUsersOooListSortStart

if TYPE_CHECKING:
    from ..models.create_out_of_office_entry_dto import CreateOutOfOfficeEntryDto, CreateOutOfOfficeEntryDtoDict
    from ..models.orgs_users_ooo_get_response_200_data_item import OrgsUsersOooGetResponse200DataItem
    from ..models.orgs_users_ooo_list_response_200_data_item import OrgsUsersOooListResponse200DataItem
    from ..models.update_out_of_office_entry_dto import UpdateOutOfOfficeEntryDto, UpdateOutOfOfficeEntryDtoDict

    pass


CREATE: Final[Operation[Any]] = Operation(
    "orgs.users.ooo",
    "create",
    "POST",
    "/v2/organizations/{orgId}/users/{userId}/ooo",
    (
        path("orgId", "org_id"),
        path("userId", "user_id"),
        body(),
    ),
    ANY,
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    enveloped=False,
    operation_id="OrganizationsUsersOOOController_createOrganizationUserOOO",
    summary="Create an out-of-office entry for a user",
)
DELETE: Final[Operation[Any]] = Operation(
    "orgs.users.ooo",
    "delete",
    "DELETE",
    "/v2/organizations/{orgId}/users/{userId}/ooo/{oooId}",
    (
        path("orgId", "org_id"),
        path("userId", "user_id"),
        path("oooId", "ooo_id"),
    ),
    ANY,
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    enveloped=False,
    operation_id="OrganizationsUsersOOOController_deleteOrganizationUserOOO",
    summary="Delete an out-of-office entry for a user",
)
GET: Final[PagedOperation[OrgsUsersOooGetResponse200DataItem]] = PagedOperation(
    "orgs.users.ooo",
    "get",
    "GET",
    "/v2/organizations/{orgId}/ooo",
    (
        path("orgId", "org_id"),
        query("take", "take"),
        query("skip", "skip"),
        query("sortStart", "sort_start", choices=("asc", "desc")),
        query("sortEnd", "sort_end", choices=("asc", "desc")),
        query("email", "email"),
    ),
    model("orgs_users_ooo_get_response_200_data_item", "OrgsUsersOooGetResponse200DataItem"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsUsersOOOController_getOrganizationUsersOOO",
    summary="Get all out-of-office entries for organization users",
    offset="skip",
    limit="take",
    default_limit=250,
)
LIST: Final[PagedOperation[OrgsUsersOooListResponse200DataItem]] = PagedOperation(
    "orgs.users.ooo",
    "list",
    "GET",
    "/v2/organizations/{orgId}/users/{userId}/ooo",
    (
        path("orgId", "org_id"),
        path("userId", "user_id"),
        query("take", "take"),
        query("skip", "skip"),
        query("sortStart", "sort_start", choices=("asc", "desc")),
        query("sortEnd", "sort_end", choices=("asc", "desc")),
    ),
    model("orgs_users_ooo_list_response_200_data_item", "OrgsUsersOooListResponse200DataItem"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsUsersOOOController_getOrganizationUserOOO",
    summary="Get all out-of-office entries for a user",
    offset="skip",
    limit="take",
    default_limit=250,
)
UPDATE: Final[Operation[Any]] = Operation(
    "orgs.users.ooo",
    "update",
    "PATCH",
    "/v2/organizations/{orgId}/users/{userId}/ooo/{oooId}",
    (
        path("orgId", "org_id"),
        path("userId", "user_id"),
        path("oooId", "ooo_id"),
        body(),
    ),
    ANY,
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    enveloped=False,
    operation_id="OrganizationsUsersOOOController_updateOrganizationUserOOO",
    summary="Update an out-of-office entry for a user",
)


class OrgsUsersOooResource(APIResource):
    """Operations under ``orgs.users.ooo``."""

    async def create(
        self,
        org_id: int,
        user_id: int,
        *,
        body: CreateOutOfOfficeEntryDto | CreateOutOfOfficeEntryDtoDict,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Create an out-of-office entry for a user.

        ``POST /v2/organizations/{orgId}/users/{userId}/ooo``"""
        return await self._run(CREATE, options, org_id, user_id, body)

    async def delete(
        self,
        org_id: int,
        user_id: int,
        ooo_id: int,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Delete an out-of-office entry for a user.

        ``DELETE /v2/organizations/{orgId}/users/{userId}/ooo/{oooId}``"""
        return await self._run(DELETE, options, org_id, user_id, ooo_id)

    def get(
        self,
        org_id: int,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        sort_start: OrgsUsersOooGetSortStart | Literal["asc", "desc"] | Unset = UNSET,
        sort_end: OrgsUsersOooGetSortEnd | Literal["asc", "desc"] | Unset = UNSET,
        email: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[OrgsUsersOooGetResponse200DataItem]:
        """Get all out-of-office entries for organization users.

        ``GET /v2/organizations/{orgId}/ooo``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id:
            take: Maximum number of items to return
            skip: Number of items to skip
            sort_start: Sort results by their start time in ascending or descending order.
            sort_end: Sort results by their end time in ascending or descending order.
            email: Filter ooo entries by the user email address. user must be within your organization."""
        return self._page(GET, options, org_id, take, skip, sort_start, sort_end, email)

    def list(
        self,
        org_id: int,
        user_id: int,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        sort_start: OrgsUsersOooListSortStart | Literal["asc", "desc"] | Unset = UNSET,
        sort_end: OrgsUsersOooListSortEnd | Literal["asc", "desc"] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[OrgsUsersOooListResponse200DataItem]:
        """Get all out-of-office entries for a user.

        ``GET /v2/organizations/{orgId}/users/{userId}/ooo``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id:
            user_id:
            take: Maximum number of items to return
            skip: Number of items to skip
            sort_start: Sort results by their start time in ascending or descending order.
            sort_end: Sort results by their end time in ascending or descending order."""
        return self._page(LIST, options, org_id, user_id, take, skip, sort_start, sort_end)

    async def update(
        self,
        org_id: int,
        user_id: int,
        ooo_id: int,
        *,
        body: UpdateOutOfOfficeEntryDto | UpdateOutOfOfficeEntryDtoDict,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Update an out-of-office entry for a user.

        ``PATCH /v2/organizations/{orgId}/users/{userId}/ooo/{oooId}``"""
        return await self._run(UPDATE, options, org_id, user_id, ooo_id, body)
