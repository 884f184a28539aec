"""GENERATED CODE: do not edit. ``oauth_clients`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    model,
)
from cal_async._operation import Operation, PagedOperation, body, path
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.create_o_auth_client_input import CreateOAuthClientInput, CreateOAuthClientInputDict
    from ..models.create_o_auth_client_output import CreateOAuthClientOutput
    from ..models.platform_o_auth_client_dto import PlatformOAuthClientDto
    from ..models.update_o_auth_client_input import UpdateOAuthClientInput, UpdateOAuthClientInputDict

    pass


CREATE: Final[Operation[CreateOAuthClientOutput]] = Operation(
    "oauth_clients",
    "create",
    "POST",
    "/v2/oauth-clients",
    (body(),),
    model("create_o_auth_client_output", "CreateOAuthClientOutput"),
    auth=("Authorization",),
    operation_id="OAuthClientsController_createOAuthClient",
    summary="Create an OAuth client",
)
DELETE: Final[Operation[PlatformOAuthClientDto]] = Operation(
    "oauth_clients",
    "delete",
    "DELETE",
    "/v2/oauth-clients/{clientId}",
    (path("clientId", "client_id"),),
    model("platform_o_auth_client_dto", "PlatformOAuthClientDto"),
    auth=("Authorization",),
    operation_id="OAuthClientsController_deleteOAuthClient",
    summary="Delete an OAuth client",
)
GET: Final[Operation[PlatformOAuthClientDto]] = Operation(
    "oauth_clients",
    "get",
    "GET",
    "/v2/oauth-clients/{clientId}",
    (path("clientId", "client_id"),),
    model("platform_o_auth_client_dto", "PlatformOAuthClientDto"),
    auth=("Authorization",),
    operation_id="OAuthClientsController_getOAuthClientById",
    summary="Get an OAuth client",
)
LIST: Final[PagedOperation[PlatformOAuthClientDto]] = PagedOperation(
    "oauth_clients",
    "list",
    "GET",
    "/v2/oauth-clients",
    (),
    model("platform_o_auth_client_dto", "PlatformOAuthClientDto"),
    auth=("Authorization",),
    operation_id="OAuthClientsController_getOAuthClients",
    summary="Get all OAuth clients",
)
UPDATE: Final[Operation[PlatformOAuthClientDto]] = Operation(
    "oauth_clients",
    "update",
    "PATCH",
    "/v2/oauth-clients/{clientId}",
    (
        path("clientId", "client_id"),
        body(),
    ),
    model("platform_o_auth_client_dto", "PlatformOAuthClientDto"),
    auth=("Authorization",),
    operation_id="OAuthClientsController_updateOAuthClient",
    summary="Update an OAuth client",
)


class OauthClientsResource(APIResource):
    """Operations under ``oauth_clients``."""

    async def create(
        self,
        *,
        body: CreateOAuthClientInput | CreateOAuthClientInputDict,
        **options: Unpack[RequestOptions],
    ) -> CreateOAuthClientOutput:
        """Create an OAuth client.

        ``POST /v2/oauth-clients``"""
        return await self._run(CREATE, options, body)

    async def delete(
        self,
        client_id: str,
        **options: Unpack[RequestOptions],
    ) -> PlatformOAuthClientDto:
        """Delete an OAuth client.

        ``DELETE /v2/oauth-clients/{clientId}``"""
        return await self._run(DELETE, options, client_id)

    async def get(
        self,
        client_id: str,
        **options: Unpack[RequestOptions],
    ) -> PlatformOAuthClientDto:
        """Get an OAuth client.

        ``GET /v2/oauth-clients/{clientId}``"""
        return await self._run(GET, options, client_id)

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[PlatformOAuthClientDto]:
        """Get all OAuth clients.

        ``GET /v2/oauth-clients``

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item."""
        return self._page(LIST, options)

    async def update(
        self,
        client_id: str,
        *,
        body: UpdateOAuthClientInput | UpdateOAuthClientInputDict,
        **options: Unpack[RequestOptions],
    ) -> PlatformOAuthClientDto:
        """Update an OAuth client.

        ``PATCH /v2/oauth-clients/{clientId}``"""
        return await self._run(UPDATE, options, client_id, body)
