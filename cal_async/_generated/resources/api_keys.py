"""GENERATED CODE: do not edit. ``api_keys`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    model,
)
from cal_async._operation import Operation, body
from cal_async._options import RequestOptions
from cal_async._resource import APIResource

if TYPE_CHECKING:
    from ..models.api_key_output import ApiKeyOutput
    from ..models.refresh_api_key_input import RefreshApiKeyInput, RefreshApiKeyInputDict

    pass


REFRESH: Final[Operation[ApiKeyOutput]] = Operation(
    "api_keys",
    "refresh",
    "POST",
    "/v2/api-keys/refresh",
    (body(),),
    model("api_key_output", "ApiKeyOutput"),
    auth=("Authorization",),
    operation_id="ApiKeysController_refresh",
    summary="Refresh API Key",
)


class ApiKeysResource(APIResource):
    """Operations under ``api_keys``."""

    async def refresh(
        self,
        *,
        body: RefreshApiKeyInput | RefreshApiKeyInputDict,
        **options: Unpack[RequestOptions],
    ) -> ApiKeyOutput:
        """Refresh API Key.

        ``POST /v2/api-keys/refresh``"""
        return await self._run(REFRESH, options, body)
