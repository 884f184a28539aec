"""GENERATED CODE: do not edit. ``verified_resources`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import Unset
from cal_async.pagination import AsyncPaginator

if TYPE_CHECKING:
    from ..models.request_email_verification_input import (
        RequestEmailVerificationInput,
        RequestEmailVerificationInputDict,
    )
    from ..models.request_email_verification_output import RequestEmailVerificationOutput
    from ..models.request_phone_verification_input import (
        RequestPhoneVerificationInput,
        RequestPhoneVerificationInputDict,
    )
    from ..models.request_phone_verification_output import RequestPhoneVerificationOutput
    from ..models.schedule_output_legacy import ScheduleOutputLegacy
    from ..models.verify_email_input import VerifyEmailInput, VerifyEmailInputDict
    from ..models.verify_phone_input import VerifyPhoneInput, VerifyPhoneInputDict

    pass


class VerifiedResourcesResource(APIResource):
    """Operations under ``verified_resources``."""

    async def get_verified_email_by_id(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutputLegacy:
        """Get verified email by id.

        ``GET /v2/verified-resources/emails/{id}``

        Args:
            id (int):"""
        from ..api.verified_resources import verified_resources_get_verified_email_by_id as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            id,
        )

    def get_verified_emails(
        self,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ScheduleOutputLegacy]:
        """Get list of verified emails.

        ``GET /v2/verified-resources/emails``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            take (int | Unset):  Default: 250.
            skip (int | Unset):  Default: 0."""
        from ..api.verified_resources import verified_resources_get_verified_emails as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            take=take,
            skip=skip,
        )

    async def get_verified_phone_by_id(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutputLegacy:
        """Get verified phone number by id.

        ``GET /v2/verified-resources/phones/{id}``

        Args:
            id (int):"""
        from ..api.verified_resources import verified_resources_get_verified_phone_by_id as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            id,
        )

    def get_verified_phone_numbers(
        self,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ScheduleOutputLegacy]:
        """Get list of verified phone numbers.

        ``GET /v2/verified-resources/phones``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            take (int | Unset):  Default: 250.
            skip (int | Unset):  Default: 0."""
        from ..api.verified_resources import verified_resources_get_verified_phone_numbers as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            take=take,
            skip=skip,
        )

    async def request_email_verification_code(
        self,
        *,
        body: RequestEmailVerificationInput | RequestEmailVerificationInputDict,
        **options: Unpack[RequestOptions],
    ) -> RequestEmailVerificationOutput:
        """Request email verification code.

        ``POST /v2/verified-resources/emails/verification-code/request``

        Args:
            body (RequestEmailVerificationInput):"""
        from ..api.verified_resources import verified_resources_request_email_verification_code as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            body=body,
        )

    async def request_phone_verification_code(
        self,
        *,
        body: RequestPhoneVerificationInput | RequestPhoneVerificationInputDict,
        **options: Unpack[RequestOptions],
    ) -> RequestPhoneVerificationOutput:
        """Request phone number verification code.

        ``POST /v2/verified-resources/phones/verification-code/request``

        Args:
            body (RequestPhoneVerificationInput):"""
        from ..api.verified_resources import verified_resources_request_phone_verification_code as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            body=body,
        )

    async def verify_email(
        self,
        *,
        body: VerifyEmailInput | VerifyEmailInputDict,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutputLegacy:
        """Verify an email.

        ``POST /v2/verified-resources/emails/verification-code/verify``

        Args:
            body (VerifyEmailInput):"""
        from ..api.verified_resources import verified_resources_verify_email as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            body=body,
        )

    async def verify_phone_number(
        self,
        *,
        body: VerifyPhoneInput | VerifyPhoneInputDict,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutputLegacy:
        """Verify a phone number.

        ``POST /v2/verified-resources/phones/verification-code/verify``

        Args:
            body (VerifyPhoneInput):"""
        from ..api.verified_resources import verified_resources_verify_phone_number as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            body=body,
        )
