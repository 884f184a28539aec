"""GENERATED CODE: do not edit. ``orgs.teams.stripe`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource

if TYPE_CHECKING:
    from ..models.strip_connect_output_dto import StripConnectOutputDto
    from ..models.strip_credentials_check_output_response_dto import StripCredentialsCheckOutputResponseDto
    from ..models.strip_credentials_save_output_response_dto import StripCredentialsSaveOutputResponseDto

    pass


class OrgsTeamsStripeResource(APIResource):
    """Operations under ``orgs.teams.stripe``."""

    async def check_connection(
        self,
        org_id: int,
        team_id: int,
        **options: Unpack[RequestOptions],
    ) -> StripCredentialsCheckOutputResponseDto:
        """Check team Stripe connection.

        ``GET /v2/organizations/{org_id}/teams/{team_id}/stripe/check``

        Args:
            org_id (int):
            team_id (int):"""
        from ..api.orgs_teams_stripe import orgs_teams_stripe_check_connection as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
        )

    async def get_connect_url(
        self,
        org_id: int,
        team_id: int,
        *,
        return_to: str,
        on_error_return_to: str,
        **options: Unpack[RequestOptions],
    ) -> StripConnectOutputDto:
        """Get Stripe connect URL for a team.

        ``GET /v2/organizations/{org_id}/teams/{team_id}/stripe/connect``

        Args:
            org_id (int):
            team_id (int):
            return_to (str):
            on_error_return_to (str):"""
        from ..api.orgs_teams_stripe import orgs_teams_stripe_get_connect_url as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            return_to=return_to,
            on_error_return_to=on_error_return_to,
        )

    async def save(
        self,
        org_id: int,
        team_id: int,
        *,
        state: str,
        code: str,
        **options: Unpack[RequestOptions],
    ) -> StripCredentialsSaveOutputResponseDto:
        """Save Stripe credentials.

        ``GET /v2/organizations/{org_id}/teams/{team_id}/stripe/save``

        Args:
            org_id (int):
            team_id (int):
            state (str):
            code (str):"""
        from ..api.orgs_teams_stripe import orgs_teams_stripe_save as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            team_id,
            state=state,
            code=code,
        )
