"""GENERATED CODE: do not edit. ``stripe`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource

if TYPE_CHECKING:
    from ..models.strip_connect_output_dto import StripConnectOutputDto
    from ..models.strip_credentials_check_output_response_dto import StripCredentialsCheckOutputResponseDto
    from ..models.strip_credentials_save_output_response_dto import StripCredentialsSaveOutputResponseDto

    pass


class StripeResource(APIResource):
    """Operations under ``stripe``."""

    async def check(
        self,
        **options: Unpack[RequestOptions],
    ) -> StripCredentialsCheckOutputResponseDto:
        """Check Stripe connection.

        ``GET /v2/stripe/check``"""
        from ..api.stripe import stripe_check as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
        )

    async def redirect(
        self,
        **options: Unpack[RequestOptions],
    ) -> StripConnectOutputDto:
        """Get Stripe connect URL.

        ``GET /v2/stripe/connect``"""
        from ..api.stripe import stripe_redirect as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
        )

    async def save(
        self,
        *,
        state: str,
        code: str,
        **options: Unpack[RequestOptions],
    ) -> StripCredentialsSaveOutputResponseDto:
        """Save Stripe credentials.

        ``GET /v2/stripe/save``

        Args:
            state (str):
            code (str):"""
        from ..api.stripe import stripe_save as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            state=state,
            code=code,
        )
