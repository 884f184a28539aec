"""GENERATED CODE: do not edit. ``platform.managed_users`` resource of the Cal.com API."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.create_managed_user_data import CreateManagedUserData
    from ..models.create_managed_user_input import CreateManagedUserInput, CreateManagedUserInputDict
    from ..models.keys_dto import KeysDto
    from ..models.managed_user_output import ManagedUserOutput
    from ..models.refresh_token_input import RefreshTokenInput, RefreshTokenInputDict
    from ..models.update_managed_user_input import UpdateManagedUserInput, UpdateManagedUserInputDict

    pass


class PlatformManagedUsersResource(APIResource):
    """Operations under ``platform.managed_users``."""

    async def create_user(
        self,
        client_id: str,
        *,
        body: CreateManagedUserInput | CreateManagedUserInputDict,
        **options: Unpack[RequestOptions],
    ) -> CreateManagedUserData:
        """Create a managed user.

        ``POST /v2/oauth-clients/{client_id}/users``

        Args:
            client_id (str):
            body (CreateManagedUserInput):"""
        from ..api.platform_managed_users import platform_managed_users_create_user as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            client_id,
            body=body,
        )

    async def delete_user(
        self,
        client_id: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> ManagedUserOutput:
        """Delete a managed user.

        ``DELETE /v2/oauth-clients/{client_id}/users/{user_id}``

        Args:
            client_id (str):
            user_id (int):"""
        from ..api.platform_managed_users import platform_managed_users_delete_user as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            client_id,
            user_id,
        )

    async def force_refresh(
        self,
        client_id: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> KeysDto:
        """Force refresh tokens.

        ``POST /v2/oauth-clients/{client_id}/users/{user_id}/force-refresh``

        Args:
            client_id (str):
            user_id (int):"""
        from ..api.platform_managed_users import platform_managed_users_force_refresh as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            client_id,
            user_id,
        )

    def get(
        self,
        client_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        emails: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ManagedUserOutput]:
        """Get all managed users.

        ``GET /v2/oauth-clients/{client_id}/users``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            client_id (str):
            limit (int | Unset):
            offset (int | Unset):
            emails (list[str] | Unset):"""
        from ..api.platform_managed_users import platform_managed_users_get as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            client_id,
            limit=limit,
            offset=offset,
            emails=emails,
        )

    async def get_user_by_id(
        self,
        client_id: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> ManagedUserOutput:
        """Get a managed user.

        ``GET /v2/oauth-clients/{client_id}/users/{user_id}``

        Args:
            client_id (str):
            user_id (int):"""
        from ..api.platform_managed_users import platform_managed_users_get_user_by_id as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            client_id,
            user_id,
        )

    async def refresh_tokens(
        self,
        client_id: str,
        *,
        body: RefreshTokenInput | RefreshTokenInputDict,
        **options: Unpack[RequestOptions],
    ) -> KeysDto:
        """Refresh managed user tokens.

        ``POST /v2/oauth/{client_id}/refresh``

        Args:
            client_id (str):
            body (RefreshTokenInput):"""
        from ..api.platform_managed_users import platform_managed_users_refresh_tokens as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            client_id,
            body=body,
        )

    async def update_user(
        self,
        client_id: str,
        user_id: int,
        *,
        body: UpdateManagedUserInput | UpdateManagedUserInputDict,
        **options: Unpack[RequestOptions],
    ) -> ManagedUserOutput:
        """Update a managed user.

        ``PATCH /v2/oauth-clients/{client_id}/users/{user_id}``

        Args:
            client_id (str):
            user_id (int):
            body (UpdateManagedUserInput):"""
        from ..api.platform_managed_users import platform_managed_users_update_user as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            client_id,
            user_id,
            body=body,
        )
