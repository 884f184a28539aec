"""GENERATED CODE: do not edit. ``verified_resources`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    model,
)
from cal_async._operation import Operation, PagedOperation, body, path, query
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


GET_VERIFIED_EMAIL_BY_ID: Final[Operation[ScheduleOutputLegacy]] = Operation(
    "verified_resources",
    "get_verified_email_by_id",
    "GET",
    "/v2/verified-resources/emails/{id}",
    (path("id", "id"),),
    model("schedule_output_legacy", "ScheduleOutputLegacy"),
    auth=("Authorization",),
    operation_id="UserVerifiedResourcesController_getVerifiedEmailById",
    summary="Get verified email by id",
)
GET_VERIFIED_EMAILS: Final[PagedOperation[ScheduleOutputLegacy]] = PagedOperation(
    "verified_resources",
    "get_verified_emails",
    "GET",
    "/v2/verified-resources/emails",
    (
        query("take", "take"),
        query("skip", "skip"),
    ),
    model("schedule_output_legacy", "ScheduleOutputLegacy"),
    auth=("Authorization",),
    operation_id="UserVerifiedResourcesController_getVerifiedEmails",
    summary="Get list of verified emails",
    offset="skip",
    limit="take",
    default_limit=250,
    single=True,
)
GET_VERIFIED_PHONE_BY_ID: Final[Operation[ScheduleOutputLegacy]] = Operation(
    "verified_resources",
    "get_verified_phone_by_id",
    "GET",
    "/v2/verified-resources/phones/{id}",
    (path("id", "id"),),
    model("schedule_output_legacy", "ScheduleOutputLegacy"),
    auth=("Authorization",),
    operation_id="UserVerifiedResourcesController_getVerifiedPhoneById",
    summary="Get verified phone number by id",
)
GET_VERIFIED_PHONE_NUMBERS: Final[PagedOperation[ScheduleOutputLegacy]] = PagedOperation(
    "verified_resources",
    "get_verified_phone_numbers",
    "GET",
    "/v2/verified-resources/phones",
    (
        query("take", "take"),
        query("skip", "skip"),
    ),
    model("schedule_output_legacy", "ScheduleOutputLegacy"),
    auth=("Authorization",),
    operation_id="UserVerifiedResourcesController_getVerifiedPhoneNumbers",
    summary="Get list of verified phone numbers",
    offset="skip",
    limit="take",
    default_limit=250,
    single=True,
)
REQUEST_EMAIL_VERIFICATION_CODE: Final[Operation[RequestEmailVerificationOutput]] = Operation(
    "verified_resources",
    "request_email_verification_code",
    "POST",
    "/v2/verified-resources/emails/verification-code/request",
    (body(),),
    model("request_email_verification_output", "RequestEmailVerificationOutput"),
    auth=("Authorization",),
    enveloped=False,
    operation_id="UserVerifiedResourcesController_requestEmailVerificationCode",
    summary="Request email verification code",
)
REQUEST_PHONE_VERIFICATION_CODE: Final[Operation[RequestPhoneVerificationOutput]] = Operation(
    "verified_resources",
    "request_phone_verification_code",
    "POST",
    "/v2/verified-resources/phones/verification-code/request",
    (body(),),
    model("request_phone_verification_output", "RequestPhoneVerificationOutput"),
    auth=("Authorization",),
    enveloped=False,
    operation_id="UserVerifiedResourcesController_requestPhoneVerificationCode",
    summary="Request phone number verification code",
)
VERIFY_EMAIL: Final[Operation[ScheduleOutputLegacy]] = Operation(
    "verified_resources",
    "verify_email",
    "POST",
    "/v2/verified-resources/emails/verification-code/verify",
    (body(),),
    model("schedule_output_legacy", "ScheduleOutputLegacy"),
    auth=("Authorization",),
    operation_id="UserVerifiedResourcesController_verifyEmail",
    summary="Verify an email",
)
VERIFY_PHONE_NUMBER: Final[Operation[ScheduleOutputLegacy]] = Operation(
    "verified_resources",
    "verify_phone_number",
    "POST",
    "/v2/verified-resources/phones/verification-code/verify",
    (body(),),
    model("schedule_output_legacy", "ScheduleOutputLegacy"),
    auth=("Authorization",),
    operation_id="UserVerifiedResourcesController_verifyPhoneNumber",
    summary="Verify a phone number",
)


class VerifiedResourcesResource(APIResource):
    """Operations under ``verified_resources``."""

    async def get_verified_email_by_id(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutputLegacy:
        """Get verified email by id.

        ``GET /v2/verified-resources/emails/{id}``"""
        return await self._run(GET_VERIFIED_EMAIL_BY_ID, options, id)

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
            take: Maximum number of items to return
            skip: Number of items to skip"""
        return self._page(GET_VERIFIED_EMAILS, options, take, skip)

    async def get_verified_phone_by_id(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutputLegacy:
        """Get verified phone number by id.

        ``GET /v2/verified-resources/phones/{id}``"""
        return await self._run(GET_VERIFIED_PHONE_BY_ID, options, id)

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
            take: Maximum number of items to return
            skip: Number of items to skip"""
        return self._page(GET_VERIFIED_PHONE_NUMBERS, options, take, skip)

    async def request_email_verification_code(
        self,
        *,
        body: RequestEmailVerificationInput | RequestEmailVerificationInputDict,
        **options: Unpack[RequestOptions],
    ) -> RequestEmailVerificationOutput:
        """Request email verification code.

        ``POST /v2/verified-resources/emails/verification-code/request``"""
        return await self._run(REQUEST_EMAIL_VERIFICATION_CODE, options, body)

    async def request_phone_verification_code(
        self,
        *,
        body: RequestPhoneVerificationInput | RequestPhoneVerificationInputDict,
        **options: Unpack[RequestOptions],
    ) -> RequestPhoneVerificationOutput:
        """Request phone number verification code.

        ``POST /v2/verified-resources/phones/verification-code/request``"""
        return await self._run(REQUEST_PHONE_VERIFICATION_CODE, options, body)

    async def verify_email(
        self,
        *,
        body: VerifyEmailInput | VerifyEmailInputDict,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutputLegacy:
        """Verify an email.

        ``POST /v2/verified-resources/emails/verification-code/verify``"""
        return await self._run(VERIFY_EMAIL, options, body)

    async def verify_phone_number(
        self,
        *,
        body: VerifyPhoneInput | VerifyPhoneInputDict,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutputLegacy:
        """Verify a phone number.

        ``POST /v2/verified-resources/phones/verification-code/verify``"""
        return await self._run(VERIFY_PHONE_NUMBER, options, body)
