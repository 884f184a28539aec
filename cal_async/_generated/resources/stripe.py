"""GENERATED CODE: do not edit. ``stripe`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    model,
)
from cal_async._operation import Operation, query
from cal_async._options import RequestOptions
from cal_async._resource import APIResource

if TYPE_CHECKING:
    from ..models.strip_connect_output_dto import StripConnectOutputDto
    from ..models.strip_credentials_check_output_response_dto import StripCredentialsCheckOutputResponseDto
    from ..models.strip_credentials_save_output_response_dto import StripCredentialsSaveOutputResponseDto

    pass


CHECK: Final[Operation[StripCredentialsCheckOutputResponseDto]] = Operation(
    "stripe",
    "check",
    "GET",
    "/v2/stripe/check",
    (),
    model("strip_credentials_check_output_response_dto", "StripCredentialsCheckOutputResponseDto"),
    auth=("Authorization",),
    enveloped=False,
    operation_id="StripeController_check",
    summary="Check Stripe connection",
)
REDIRECT: Final[Operation[StripConnectOutputDto]] = Operation(
    "stripe",
    "redirect",
    "GET",
    "/v2/stripe/connect",
    (),
    model("strip_connect_output_dto", "StripConnectOutputDto"),
    auth=("Authorization",),
    operation_id="StripeController_redirect",
    summary="Get Stripe connect URL",
)
SAVE: Final[Operation[StripCredentialsSaveOutputResponseDto]] = Operation(
    "stripe",
    "save",
    "GET",
    "/v2/stripe/save",
    (
        query("state", "state", required=True),
        query("code", "code", required=True),
    ),
    model("strip_credentials_save_output_response_dto", "StripCredentialsSaveOutputResponseDto"),
    enveloped=False,
    operation_id="StripeController_save",
    summary="Save Stripe credentials",
)


class StripeResource(APIResource):
    """Operations under ``stripe``."""

    async def check(
        self,
        **options: Unpack[RequestOptions],
    ) -> StripCredentialsCheckOutputResponseDto:
        """Check Stripe connection.

        ``GET /v2/stripe/check``"""
        return await self._run(CHECK, options)

    async def redirect(
        self,
        **options: Unpack[RequestOptions],
    ) -> StripConnectOutputDto:
        """Get Stripe connect URL.

        ``GET /v2/stripe/connect``"""
        return await self._run(REDIRECT, options)

    async def save(
        self,
        *,
        state: str,
        code: str,
        **options: Unpack[RequestOptions],
    ) -> StripCredentialsSaveOutputResponseDto:
        """Save Stripe credentials.

        ``GET /v2/stripe/save``"""
        return await self._run(SAVE, options, state, code)
