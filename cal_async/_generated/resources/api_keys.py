"""GENERATED CODE: do not edit. ``api_keys`` resource of the Cal.com API."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource

if TYPE_CHECKING:
    from ..models.refresh_api_key_input import RefreshApiKeyInput

    pass


class ApiKeysResource(APIResource):
    """Operations under ``api_keys``."""

    async def refresh(
        self,
        *,
        body: RefreshApiKeyInput | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> ApiKeyOutput:
        """Refresh API Key.

        ``POST /v2/api-keys/refresh``

        Args:
            body (RefreshApiKeyInput):"""
        from ..api.api_keys import api_keys_refresh as _ep

        return await self._client._request(
            _ep._get_kwargs(
                body=body,
            ),
            _ep._parse,
            auth=_ep.AUTH,
            options=options,
        )
