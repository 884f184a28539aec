"""GENERATED CODE: do not edit. ``orgs.users.ooo`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Unpack

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

        ``POST /v2/organizations/{org_id}/users/{user_id}/ooo``

        Args:
            org_id (int):
            user_id (int):
            body (CreateOutOfOfficeEntryDto):"""
        from ..api.orgs_users_ooo import orgs_users_ooo_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            user_id,
            body=body,
        )

    async def delete(
        self,
        org_id: int,
        user_id: int,
        ooo_id: int,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Delete an out-of-office entry for a user.

        ``DELETE /v2/organizations/{org_id}/users/{user_id}/ooo/{ooo_id}``

        Args:
            org_id (int):
            user_id (int):
            ooo_id (int):"""
        from ..api.orgs_users_ooo import orgs_users_ooo_delete as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            user_id,
            ooo_id,
        )

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

        ``GET /v2/organizations/{org_id}/ooo``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id (int):
            take (int | Unset):  Default: 250.
            skip (int | Unset):  Default: 0.
            sort_start (OrgsUsersOooGetSortStart | Unset):
            sort_end (OrgsUsersOooGetSortEnd | Unset):
            email (str | Unset):"""
        from ..api.orgs_users_ooo import orgs_users_ooo_get as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
            take=take,
            skip=skip,
            sort_start=sort_start,
            sort_end=sort_end,
            email=email,
        )

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

        ``GET /v2/organizations/{org_id}/users/{user_id}/ooo``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id (int):
            user_id (int):
            take (int | Unset):  Default: 250.
            skip (int | Unset):  Default: 0.
            sort_start (OrgsUsersOooListSortStart | Unset):
            sort_end (OrgsUsersOooListSortEnd | Unset):"""
        from ..api.orgs_users_ooo import orgs_users_ooo_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
            user_id,
            take=take,
            skip=skip,
            sort_start=sort_start,
            sort_end=sort_end,
        )

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

        ``PATCH /v2/organizations/{org_id}/users/{user_id}/ooo/{ooo_id}``

        Args:
            org_id (int):
            user_id (int):
            ooo_id (int):
            body (UpdateOutOfOfficeEntryDto):"""
        from ..api.orgs_users_ooo import orgs_users_ooo_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            user_id,
            ooo_id,
            body=body,
        )
