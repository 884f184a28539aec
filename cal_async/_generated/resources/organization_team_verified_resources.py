"""GENERATED CODE: do not edit. ``organization_team_verified_resources`` resource of the Cal.com API."""

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


class OrganizationTeamVerifiedResourcesResource(APIResource):
    """Operations under ``organization_team_verified_resources``."""

    async def get_verified_email_by_id(
        self,
        org_id: int,
        team_id: int,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutputLegacy:
        """Get verified email of an org team by id.

        ``GET /v2/organizations/{org_id}/teams/{team_id}/verified-resources/emails/{id}``

        Args:
            org_id (int):
            team_id (int):
            id (int):"""
        from ..api.organization_team_verified_resources import (
            organization_team_verified_resources_get_verified_email_by_id as _ep,
        )

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            id,
        )

    def get_verified_emails(
        self,
        org_id: int,
        team_id: int,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ScheduleOutputLegacy]:
        """Get list of verified emails of an org team.

        ``GET /v2/organizations/{org_id}/teams/{team_id}/verified-resources/emails``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id (int):
            team_id (int):
            take (int | Unset):  Default: 250.
            skip (int | Unset):  Default: 0."""
        from ..api.organization_team_verified_resources import (
            organization_team_verified_resources_get_verified_emails as _ep,
        )

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            take=take,
            skip=skip,
        )

    async def get_verified_phone_by_id(
        self,
        org_id: int,
        team_id: int,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutputLegacy:
        """Get verified phone number of an org team by id.

        ``GET /v2/organizations/{org_id}/teams/{team_id}/verified-resources/phones/{id}``

        Args:
            org_id (int):
            team_id (int):
            id (int):"""
        from ..api.organization_team_verified_resources import (
            organization_team_verified_resources_get_verified_phone_by_id as _ep,
        )

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            id,
        )

    def get_verified_phone_numbers(
        self,
        org_id: int,
        team_id: int,
        *,
        take: int | Unset = 250,
        skip: int | Unset = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ScheduleOutputLegacy]:
        """Get list of verified phone numbers of an org team.

        ``GET /v2/organizations/{org_id}/teams/{team_id}/verified-resources/phones``

        Await the result for one page, or ``async for`` over it for every item across pages.

        Args:
            org_id (int):
            team_id (int):
            take (int | Unset):  Default: 250.
            skip (int | Unset):  Default: 0."""
        from ..api.organization_team_verified_resources import (
            organization_team_verified_resources_get_verified_phone_numbers as _ep,
        )

        return self._page(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            take=take,
            skip=skip,
        )

    async def request_email_verification_code(
        self,
        org_id: int,
        team_id: int,
        *,
        body: RequestEmailVerificationInput | RequestEmailVerificationInputDict,
        **options: Unpack[RequestOptions],
    ) -> RequestEmailVerificationOutput:
        """Request email verification code.

        ``POST /v2/organizations/{org_id}/teams/{team_id}/verified-resources/emails/verification-code/request``

        Args:
            org_id (int):
            team_id (int):
            body (RequestEmailVerificationInput):"""
        from ..api.organization_team_verified_resources import (
            organization_team_verified_resources_request_email_verification_code as _ep,
        )

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            body=body,
        )

    async def request_phone_verification_code(
        self,
        org_id: int,
        team_id: int,
        *,
        body: RequestPhoneVerificationInput | RequestPhoneVerificationInputDict,
        **options: Unpack[RequestOptions],
    ) -> RequestPhoneVerificationOutput:
        """Request phone number verification code.

        ``POST /v2/organizations/{org_id}/teams/{team_id}/verified-resources/phones/verification-code/request``

        Args:
            org_id (int):
            team_id (int):
            body (RequestPhoneVerificationInput):"""
        from ..api.organization_team_verified_resources import (
            organization_team_verified_resources_request_phone_verification_code as _ep,
        )

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            body=body,
        )

    async def verify_email(
        self,
        org_id: int,
        team_id: int,
        *,
        body: VerifyEmailInput | VerifyEmailInputDict,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutputLegacy:
        """Verify an email for an org team.

        ``POST /v2/organizations/{org_id}/teams/{team_id}/verified-resources/emails/verification-code/verify``

        Args:
            org_id (int):
            team_id (int):
            body (VerifyEmailInput):"""
        from ..api.organization_team_verified_resources import organization_team_verified_resources_verify_email as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            body=body,
        )

    async def verify_phone_number(
        self,
        org_id: int,
        team_id: int,
        *,
        body: VerifyPhoneInput | VerifyPhoneInputDict,
        **options: Unpack[RequestOptions],
    ) -> ScheduleOutputLegacy:
        """Verify a phone number for an org team.

        ``POST /v2/organizations/{org_id}/teams/{team_id}/verified-resources/phones/verification-code/verify``

        Args:
            org_id (int):
            team_id (int):
            body (VerifyPhoneInput):"""
        from ..api.organization_team_verified_resources import (
            organization_team_verified_resources_verify_phone_number as _ep,
        )

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            body=body,
        )
