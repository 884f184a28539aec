"""GENERATED CODE: do not edit. ``platform.managed_users`` resource of the Cal.com API."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    model,
)
from cal_async._operation import Operation, PagedOperation, body, path, query
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


CREATE_USER: Final[Operation[CreateManagedUserData]] = Operation(
    "platform.managed_users",
    "create_user",
    "POST",
    "/v2/oauth-clients/{clientId}/users",
    (
        path("clientId", "client_id"),
        body(),
    ),
    model("create_managed_user_data", "CreateManagedUserData"),
    auth=("x-cal-secret-key",),
    operation_id="OAuthClientUsersController_createUser",
    summary="Create a managed user",
)
DELETE_USER: Final[Operation[ManagedUserOutput]] = Operation(
    "platform.managed_users",
    "delete_user",
    "DELETE",
    "/v2/oauth-clients/{clientId}/users/{userId}",
    (
        path("clientId", "client_id"),
        path("userId", "user_id"),
    ),
    model("managed_user_output", "ManagedUserOutput"),
    auth=("x-cal-secret-key",),
    operation_id="OAuthClientUsersController_deleteUser",
    summary="Delete a managed user",
)
FORCE_REFRESH: Final[Operation[KeysDto]] = Operation(
    "platform.managed_users",
    "force_refresh",
    "POST",
    "/v2/oauth-clients/{clientId}/users/{userId}/force-refresh",
    (
        path("clientId", "client_id"),
        path("userId", "user_id"),
    ),
    model("keys_dto", "KeysDto"),
    auth=("x-cal-secret-key",),
    operation_id="OAuthClientUsersController_forceRefresh",
    summary="Force refresh tokens",
)
GET: Final[PagedOperation[ManagedUserOutput]] = PagedOperation(
    "platform.managed_users",
    "get",
    "GET",
    "/v2/oauth-clients/{clientId}/users",
    (
        path("clientId", "client_id"),
        query("limit", "limit"),
        query("offset", "offset"),
        query("emails", "emails"),
    ),
    model("managed_user_output", "ManagedUserOutput"),
    auth=("x-cal-secret-key",),
    operation_id="OAuthClientUsersController_getManagedUsers",
    summary="Get all managed users",
    offset="offset",
    limit="limit",
    default_limit=100,
)
GET_USER_BY_ID: Final[Operation[ManagedUserOutput]] = Operation(
    "platform.managed_users",
    "get_user_by_id",
    "GET",
    "/v2/oauth-clients/{clientId}/users/{userId}",
    (
        path("clientId", "client_id"),
        path("userId", "user_id"),
    ),
    model("managed_user_output", "ManagedUserOutput"),
    auth=("x-cal-secret-key",),
    operation_id="OAuthClientUsersController_getUserById",
    summary="Get a managed user",
)
REFRESH_TOKENS: Final[Operation[KeysDto]] = Operation(
    "platform.managed_users",
    "refresh_tokens",
    "POST",
    "/v2/oauth/{clientId}/refresh",
    (
        path("clientId", "client_id"),
        body(),
    ),
    model("keys_dto", "KeysDto"),
    auth=("x-cal-secret-key",),
    operation_id="OAuthFlowController_refreshTokens",
    summary="Refresh managed user tokens",
)
UPDATE_USER: Final[Operation[ManagedUserOutput]] = Operation(
    "platform.managed_users",
    "update_user",
    "PATCH",
    "/v2/oauth-clients/{clientId}/users/{userId}",
    (
        path("clientId", "client_id"),
        path("userId", "user_id"),
        body(),
    ),
    model("managed_user_output", "ManagedUserOutput"),
    auth=("x-cal-secret-key",),
    operation_id="OAuthClientUsersController_updateUser",
    summary="Update a managed user",
)


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

        ``POST /v2/oauth-clients/{clientId}/users``"""
        return await self._run(CREATE_USER, options, client_id, body)

    async def delete_user(
        self,
        client_id: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> ManagedUserOutput:
        """Delete a managed user.

        ``DELETE /v2/oauth-clients/{clientId}/users/{userId}``"""
        return await self._run(DELETE_USER, options, client_id, user_id)

    async def force_refresh(
        self,
        client_id: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> KeysDto:
        """Force refresh tokens.

        ``POST /v2/oauth-clients/{clientId}/users/{userId}/force-refresh``"""
        return await self._run(FORCE_REFRESH, options, client_id, user_id)

    def get(
        self,
        client_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        emails: str | Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ManagedUserOutput]:
        """Get all managed users.

        ``GET /v2/oauth-clients/{clientId}/users``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            client_id:
            limit: The number of items to return
            offset: The number of items to skip
            emails: Filter managed users by email. If you want to filter by multiple emails, separate them with a comma."""
        return self._page(GET, options, client_id, limit, offset, emails)

    async def get_user_by_id(
        self,
        client_id: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> ManagedUserOutput:
        """Get a managed user.

        ``GET /v2/oauth-clients/{clientId}/users/{userId}``"""
        return await self._run(GET_USER_BY_ID, options, client_id, user_id)

    async def refresh_tokens(
        self,
        client_id: str,
        *,
        body: RefreshTokenInput | RefreshTokenInputDict,
        **options: Unpack[RequestOptions],
    ) -> KeysDto:
        """Refresh managed user tokens.

        ``POST /v2/oauth/{clientId}/refresh``"""
        return await self._run(REFRESH_TOKENS, options, client_id, body)

    async def update_user(
        self,
        client_id: str,
        user_id: int,
        *,
        body: UpdateManagedUserInput | UpdateManagedUserInputDict,
        **options: Unpack[RequestOptions],
    ) -> ManagedUserOutput:
        """Update a managed user.

        ``PATCH /v2/oauth-clients/{clientId}/users/{userId}``"""
        return await self._run(UPDATE_USER, options, client_id, user_id, body)
