"""GENERATED CODE: do not edit. ``orgs.teams.stripe`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    model,
)
from cal_async._operation import Operation, path, query
from cal_async._options import RequestOptions
from cal_async._resource import APIResource

if TYPE_CHECKING:
    from ..models.strip_connect_output_dto import StripConnectOutputDto
    from ..models.strip_credentials_check_output_response_dto import StripCredentialsCheckOutputResponseDto
    from ..models.strip_credentials_save_output_response_dto import StripCredentialsSaveOutputResponseDto

    pass


CHECK_CONNECTION: Final[Operation[StripCredentialsCheckOutputResponseDto]] = Operation(
    "orgs.teams.stripe",
    "check_connection",
    "GET",
    "/v2/organizations/{orgId}/teams/{teamId}/stripe/check",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
    ),
    model("strip_credentials_check_output_response_dto", "StripCredentialsCheckOutputResponseDto"),
    enveloped=False,
    operation_id="OrganizationsStripeController_checkTeamStripeConnection",
    summary="Check team Stripe connection",
)
GET_CONNECT_URL: Final[Operation[StripConnectOutputDto]] = Operation(
    "orgs.teams.stripe",
    "get_connect_url",
    "GET",
    "/v2/organizations/{orgId}/teams/{teamId}/stripe/connect",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        query("returnTo", "return_to", required=True),
        query("onErrorReturnTo", "on_error_return_to", required=True),
    ),
    model("strip_connect_output_dto", "StripConnectOutputDto"),
    auth=("Authorization",),
    operation_id="OrganizationsStripeController_getTeamStripeConnectUrl",
    summary="Get Stripe connect URL for a team",
)
SAVE: Final[Operation[StripCredentialsSaveOutputResponseDto]] = Operation(
    "orgs.teams.stripe",
    "save",
    "GET",
    "/v2/organizations/{orgId}/teams/{teamId}/stripe/save",
    (
        path("orgId", "org_id"),
        path("teamId", "team_id"),
        query("state", "state", required=True),
        query("code", "code", required=True),
    ),
    model("strip_credentials_save_output_response_dto", "StripCredentialsSaveOutputResponseDto"),
    enveloped=False,
    operation_id="OrganizationsStripeController_save",
    summary="Save Stripe credentials",
)


class OrgsTeamsStripeResource(APIResource):
    """Operations under ``orgs.teams.stripe``."""

    async def check_connection(
        self,
        org_id: int,
        team_id: int,
        **options: Unpack[RequestOptions],
    ) -> StripCredentialsCheckOutputResponseDto:
        """Check team Stripe connection.

        ``GET /v2/organizations/{orgId}/teams/{teamId}/stripe/check``"""
        return await self._run(CHECK_CONNECTION, options, org_id, team_id)

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

        ``GET /v2/organizations/{orgId}/teams/{teamId}/stripe/connect``"""
        return await self._run(GET_CONNECT_URL, options, org_id, team_id, return_to, on_error_return_to)

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

        ``GET /v2/organizations/{orgId}/teams/{teamId}/stripe/save``"""
        return await self._run(SAVE, options, org_id, team_id, state, code)
