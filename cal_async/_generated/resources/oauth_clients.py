"""GENERATED CODE: do not edit. ``oauth_clients`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.create_o_auth_client_input import CreateOAuthClientInput, CreateOAuthClientInputDict
    from ..models.create_o_auth_client_output import CreateOAuthClientOutput
    from ..models.platform_o_auth_client_dto import PlatformOAuthClientDto
    from ..models.update_o_auth_client_input import UpdateOAuthClientInput, UpdateOAuthClientInputDict

    pass


class OauthClientsResource(APIResource):
    """Operations under ``oauth_clients``."""

    async def create(
        self,
        *,
        body: CreateOAuthClientInput | CreateOAuthClientInputDict,
        **options: Unpack[RequestOptions],
    ) -> CreateOAuthClientOutput:
        """Create an OAuth client.

        ``POST /v2/oauth-clients``

        Args:
            body (CreateOAuthClientInput):"""
        from ..api.oauth_clients import oauth_clients_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            body=body,
        )

    async def delete(
        self,
        client_id: str,
        **options: Unpack[RequestOptions],
    ) -> PlatformOAuthClientDto:
        """Delete an OAuth client.

        ``DELETE /v2/oauth-clients/{client_id}``

        Args:
            client_id (str):"""
        from ..api.oauth_clients import oauth_clients_delete as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            client_id,
        )

    async def get(
        self,
        client_id: str,
        **options: Unpack[RequestOptions],
    ) -> PlatformOAuthClientDto:
        """Get an OAuth client.

        ``GET /v2/oauth-clients/{client_id}``

        Args:
            client_id (str):"""
        from ..api.oauth_clients import oauth_clients_get as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            client_id,
        )

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[PlatformOAuthClientDto]:
        """Get all OAuth clients.

        ``GET /v2/oauth-clients``

        The server sends the list whole: await the result for it as one page, or ``async for``
        over it for every item."""
        from ..api.oauth_clients import oauth_clients_list as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
        )

    async def update(
        self,
        client_id: str,
        *,
        body: UpdateOAuthClientInput | UpdateOAuthClientInputDict,
        **options: Unpack[RequestOptions],
    ) -> PlatformOAuthClientDto:
        """Update an OAuth client.

        ``PATCH /v2/oauth-clients/{client_id}``

        Args:
            client_id (str):
            body (UpdateOAuthClientInput):"""
        from ..api.oauth_clients import oauth_clients_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            client_id,
            body=body,
        )
