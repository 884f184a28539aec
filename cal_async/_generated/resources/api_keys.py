"""GENERATED CODE: do not edit. ``api_keys`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource

if TYPE_CHECKING:
    from ..models.api_key_output import ApiKeyOutput
    from ..models.refresh_api_key_input import RefreshApiKeyInput, RefreshApiKeyInputDict

    pass


class ApiKeysResource(APIResource):
    """Operations under ``api_keys``."""

    async def refresh(
        self,
        *,
        body: RefreshApiKeyInput | RefreshApiKeyInputDict,
        **options: Unpack[RequestOptions],
    ) -> ApiKeyOutput:
        """Refresh API Key.

        ``POST /v2/api-keys/refresh``

        Args:
            body (RefreshApiKeyInput):"""
        from ..api.api_keys import api_keys_refresh as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            body=body,
        )
