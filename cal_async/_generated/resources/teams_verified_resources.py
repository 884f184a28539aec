"""GENERATED CODE: do not edit. ``teams.verified_resources`` resource of the Cal.com API."""

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


class TeamsVerifiedResourcesResource(APIResource):
    """Operations under ``teams.verified_resources``."""

    async def get_verified_email_by_id(
        self,
        team_id: int,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutputLegacy:
        """Get verified email of a team by id.

        ``GET /v2/teams/{team_id}/verified-resources/emails/{id}``

        Args:
            team_id (int):
            id (int):"""
        from ..api.teams_verified_resources import teams_verified_resources_get_verified_email_by_id as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            team_id,
            id,
        )

    def get_verified_emails(
        self,
        team_id: int,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ScheduleOutputLegacy]:
        """Get list of verified emails of a team.

        ``GET /v2/teams/{team_id}/verified-resources/emails``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            team_id (int):
            take (int | Unset):  Default: 250.
            skip (int | Unset):  Default: 0."""
        from ..api.teams_verified_resources import teams_verified_resources_get_verified_emails as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            team_id,
            take=take,
            skip=skip,
        )

    async def get_verified_phone_by_id(
        self,
        team_id: int,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutputLegacy:
        """Get verified phone number of a team by id.

        ``GET /v2/teams/{team_id}/verified-resources/phones/{id}``

        Args:
            team_id (int):
            id (int):"""
        from ..api.teams_verified_resources import teams_verified_resources_get_verified_phone_by_id as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            team_id,
            id,
        )

    def get_verified_phone_numbers(
        self,
        team_id: int,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ScheduleOutputLegacy]:
        """Get list of verified phone numbers of a team.

        ``GET /v2/teams/{team_id}/verified-resources/phones``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            team_id (int):
            take (int | Unset):  Default: 250.
            skip (int | Unset):  Default: 0."""
        from ..api.teams_verified_resources import teams_verified_resources_get_verified_phone_numbers as _ep

        return self._page(
            _ep.ENDPOINT,
            options,
            team_id,
            take=take,
            skip=skip,
        )

    async def request_email_verification_code(
        self,
        team_id: int,
        *,
        body: RequestEmailVerificationInput | RequestEmailVerificationInputDict,
        **options: Unpack[RequestOptions],
    ) -> RequestEmailVerificationOutput:
        """Request email verification code.

        ``POST /v2/teams/{team_id}/verified-resources/emails/verification-code/request``

        Args:
            team_id (int):
            body (RequestEmailVerificationInput):"""
        from ..api.teams_verified_resources import teams_verified_resources_request_email_verification_code as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            team_id,
            body=body,
        )

    async def request_phone_verification_code(
        self,
        team_id: int,
        *,
        body: RequestPhoneVerificationInput | RequestPhoneVerificationInputDict,
        **options: Unpack[RequestOptions],
    ) -> RequestPhoneVerificationOutput:
        """Request phone number verification code.

        ``POST /v2/teams/{team_id}/verified-resources/phones/verification-code/request``

        Args:
            team_id (int):
            body (RequestPhoneVerificationInput):"""
        from ..api.teams_verified_resources import teams_verified_resources_request_phone_verification_code as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            team_id,
            body=body,
        )

    async def verify_email(
        self,
        team_id: int,
        *,
        body: VerifyEmailInput | VerifyEmailInputDict,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutputLegacy:
        """Verify an email for a team.

        ``POST /v2/teams/{team_id}/verified-resources/emails/verification-code/verify``

        Args:
            team_id (int):
            body (VerifyEmailInput):"""
        from ..api.teams_verified_resources import teams_verified_resources_verify_email as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            team_id,
            body=body,
        )

    async def verify_phone_number(
        self,
        team_id: int,
        *,
        body: VerifyPhoneInput | VerifyPhoneInputDict,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutputLegacy:
        """Verify a phone number for an org team.

        ``POST /v2/teams/{team_id}/verified-resources/phones/verification-code/verify``

        Args:
            team_id (int):
            body (VerifyPhoneInput):"""
        from ..api.teams_verified_resources import teams_verified_resources_verify_phone_number as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            team_id,
            body=body,
        )
