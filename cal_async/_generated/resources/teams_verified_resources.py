"""GENERATED CODE: do not edit. ``teams.verified_resources`` resource of the Cal.com API."""

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
    "teams.verified_resources",
    "get_verified_email_by_id",
    "GET",
    "/v2/teams/{teamId}/verified-resources/emails/{id}",
    (
        path("teamId", "team_id"),
        path("id", "id"),
    ),
    model("schedule_output_legacy", "ScheduleOutputLegacy"),
    auth=("Authorization",),
    operation_id="TeamsVerifiedResourcesController_getVerifiedEmailById",
    summary="Get verified email of a team by id",
)
GET_VERIFIED_EMAILS: Final[PagedOperation[ScheduleOutputLegacy]] = PagedOperation(
    "teams.verified_resources",
    "get_verified_emails",
    "GET",
    "/v2/teams/{teamId}/verified-resources/emails",
    (
        path("teamId", "team_id"),
        query("take", "take"),
        query("skip", "skip"),
    ),
    model("schedule_output_legacy", "ScheduleOutputLegacy"),
    auth=("Authorization",),
    operation_id="TeamsVerifiedResourcesController_getVerifiedEmails",
    summary="Get list of verified emails of a team",
    offset="skip",
    limit="take",
    default_limit=250,
    single=True,
)
GET_VERIFIED_PHONE_BY_ID: Final[Operation[ScheduleOutputLegacy]] = Operation(
    "teams.verified_resources",
    "get_verified_phone_by_id",
    "GET",
    "/v2/teams/{teamId}/verified-resources/phones/{id}",
    (
        path("teamId", "team_id"),
        path("id", "id"),
    ),
    model("schedule_output_legacy", "ScheduleOutputLegacy"),
    auth=("Authorization",),
    operation_id="TeamsVerifiedResourcesController_getVerifiedPhoneById",
    summary="Get verified phone number of a team by id",
)
GET_VERIFIED_PHONE_NUMBERS: Final[PagedOperation[ScheduleOutputLegacy]] = PagedOperation(
    "teams.verified_resources",
    "get_verified_phone_numbers",
    "GET",
    "/v2/teams/{teamId}/verified-resources/phones",
    (
        path("teamId", "team_id"),
        query("take", "take"),
        query("skip", "skip"),
    ),
    model("schedule_output_legacy", "ScheduleOutputLegacy"),
    auth=("Authorization",),
    operation_id="TeamsVerifiedResourcesController_getVerifiedPhoneNumbers",
    summary="Get list of verified phone numbers of a team",
    offset="skip",
    limit="take",
    default_limit=250,
    single=True,
)
REQUEST_EMAIL_VERIFICATION_CODE: Final[Operation[RequestEmailVerificationOutput]] = Operation(
    "teams.verified_resources",
    "request_email_verification_code",
    "POST",
    "/v2/teams/{teamId}/verified-resources/emails/verification-code/request",
    (
        path("teamId", "team_id"),
        body(),
    ),
    model("request_email_verification_output", "RequestEmailVerificationOutput"),
    auth=("Authorization",),
    enveloped=False,
    operation_id="TeamsVerifiedResourcesController_requestEmailVerificationCode",
    summary="Request email verification code",
)
REQUEST_PHONE_VERIFICATION_CODE: Final[Operation[RequestPhoneVerificationOutput]] = Operation(
    "teams.verified_resources",
    "request_phone_verification_code",
    "POST",
    "/v2/teams/{teamId}/verified-resources/phones/verification-code/request",
    (
        path("teamId", "team_id"),
        body(),
    ),
    model("request_phone_verification_output", "RequestPhoneVerificationOutput"),
    auth=("Authorization",),
    enveloped=False,
    operation_id="TeamsVerifiedResourcesController_requestPhoneVerificationCode",
    summary="Request phone number verification code",
)
VERIFY_EMAIL: Final[Operation[ScheduleOutputLegacy]] = Operation(
    "teams.verified_resources",
    "verify_email",
    "POST",
    "/v2/teams/{teamId}/verified-resources/emails/verification-code/verify",
    (
        path("teamId", "team_id"),
        body(),
    ),
    model("schedule_output_legacy", "ScheduleOutputLegacy"),
    auth=("Authorization",),
    operation_id="TeamsVerifiedResourcesController_verifyEmail",
    summary="Verify an email for a team",
)
VERIFY_PHONE_NUMBER: Final[Operation[ScheduleOutputLegacy]] = Operation(
    "teams.verified_resources",
    "verify_phone_number",
    "POST",
    "/v2/teams/{teamId}/verified-resources/phones/verification-code/verify",
    (
        path("teamId", "team_id"),
        body(),
    ),
    model("schedule_output_legacy", "ScheduleOutputLegacy"),
    auth=("Authorization",),
    operation_id="TeamsVerifiedResourcesController_verifyPhoneNumber",
    summary="Verify a phone number for an org team",
)


class TeamsVerifiedResourcesResource(APIResource):
    """Operations under ``teams.verified_resources``."""

    async def get_verified_email_by_id(
        self,
        team_id: int,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutputLegacy:
        """Get verified email of a team by id.

        ``GET /v2/teams/{teamId}/verified-resources/emails/{id}``"""
        return await self._run(GET_VERIFIED_EMAIL_BY_ID, options, team_id, id)

    def get_verified_emails(
        self,
        team_id: int,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ScheduleOutputLegacy]:
        """Get list of verified emails of a team.

        ``GET /v2/teams/{teamId}/verified-resources/emails``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            team_id:
            take: Maximum number of items to return
            skip: Number of items to skip"""
        return self._page(GET_VERIFIED_EMAILS, options, team_id, take, skip)

    async def get_verified_phone_by_id(
        self,
        team_id: int,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutputLegacy:
        """Get verified phone number of a team by id.

        ``GET /v2/teams/{teamId}/verified-resources/phones/{id}``"""
        return await self._run(GET_VERIFIED_PHONE_BY_ID, options, team_id, id)

    def get_verified_phone_numbers(
        self,
        team_id: int,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ScheduleOutputLegacy]:
        """Get list of verified phone numbers of a team.

        ``GET /v2/teams/{teamId}/verified-resources/phones``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            team_id:
            take: Maximum number of items to return
            skip: Number of items to skip"""
        return self._page(GET_VERIFIED_PHONE_NUMBERS, options, team_id, take, skip)

    async def request_email_verification_code(
        self,
        team_id: int,
        *,
        body: RequestEmailVerificationInput | RequestEmailVerificationInputDict,
        **options: Unpack[RequestOptions],
    ) -> RequestEmailVerificationOutput:
        """Request email verification code.

        ``POST /v2/teams/{teamId}/verified-resources/emails/verification-code/request``"""
        return await self._run(REQUEST_EMAIL_VERIFICATION_CODE, options, team_id, body)

    async def request_phone_verification_code(
        self,
        team_id: int,
        *,
        body: RequestPhoneVerificationInput | RequestPhoneVerificationInputDict,
        **options: Unpack[RequestOptions],
    ) -> RequestPhoneVerificationOutput:
        """Request phone number verification code.

        ``POST /v2/teams/{teamId}/verified-resources/phones/verification-code/request``"""
        return await self._run(REQUEST_PHONE_VERIFICATION_CODE, options, team_id, body)

    async def verify_email(
        self,
        team_id: int,
        *,
        body: VerifyEmailInput | VerifyEmailInputDict,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutputLegacy:
        """Verify an email for a team.

        ``POST /v2/teams/{teamId}/verified-resources/emails/verification-code/verify``"""
        return await self._run(VERIFY_EMAIL, options, team_id, body)

    async def verify_phone_number(
        self,
        team_id: int,
        *,
        body: VerifyPhoneInput | VerifyPhoneInputDict,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutputLegacy:
        """Verify a phone number for an org team.

        ``POST /v2/teams/{teamId}/verified-resources/phones/verification-code/verify``"""
        return await self._run(VERIFY_PHONE_NUMBER, options, team_id, body)
