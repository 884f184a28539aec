"""GENERATED CODE: do not edit. ``oauth_clients`` resource of the Cal.com API."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource

if TYPE_CHECKING:
    from ..models.create_o_auth_client_input import CreateOAuthClientInput
    from ..models.update_o_auth_client_input import UpdateOAuthClientInput

    pass


class OauthClientsResource(APIResource):
    """Operations under ``oauth_clients``."""

    async def create(
        self,
        *,
        body: CreateOAuthClientInput | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> CreateOAuthClientOutput:
        """Create an OAuth client.

        ``POST /v2/oauth-clients``

        Args:
            body (CreateOAuthClientInput):"""
        from ..api.oauth_clients import oauth_clients_create as _ep

        return await self._client._request(
            _ep._get_kwargs(
                body=body,
            ),
            _ep._parse,
            auth=_ep.AUTH,
            options=options,
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

        return await self._client._request(
            _ep._get_kwargs(
                client_id=client_id,
            ),
            _ep._parse,
            auth=_ep.AUTH,
            options=options,
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

        return await self._client._request(
            _ep._get_kwargs(
                client_id=client_id,
            ),
            _ep._parse,
            auth=_ep.AUTH,
            options=options,
        )

    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> list[PlatformOAuthClientDto]:
        """Get all OAuth clients.

        ``GET /v2/oauth-clients``"""
        from ..api.oauth_clients import oauth_clients_list as _ep

        return await self._client._request(
            _ep._get_kwargs(),
            _ep._parse,
            auth=_ep.AUTH,
            options=options,
        )

    async def update(
        self,
        client_id: str,
        *,
        body: UpdateOAuthClientInput | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> PlatformOAuthClientDto:
        """Update an OAuth client.

        ``PATCH /v2/oauth-clients/{client_id}``

        Args:
            client_id (str):
            body (UpdateOAuthClientInput):"""
        from ..api.oauth_clients import oauth_clients_update as _ep

        return await self._client._request(
            _ep._get_kwargs(
                client_id=client_id,
                body=body,
            ),
            _ep._parse,
            auth=_ep.AUTH,
            options=options,
        )
