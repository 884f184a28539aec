"""GENERATED CODE: do not edit. ``orgs.delegation_credentials`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    model,
)
from cal_async._operation import Operation, body, path
from cal_async._options import RequestOptions
from cal_async._resource import APIResource

if TYPE_CHECKING:
    from ..models.create_delegation_credential_input import (
        CreateDelegationCredentialInput,
        CreateDelegationCredentialInputDict,
    )
    from ..models.delegation_credential_output import DelegationCredentialOutput
    from ..models.update_delegation_credential_input import (
        UpdateDelegationCredentialInput,
        UpdateDelegationCredentialInputDict,
    )

    pass


CREATE: Final[Operation[DelegationCredentialOutput]] = Operation(
    "orgs.delegation_credentials",
    "create",
    "POST",
    "/v2/organizations/{orgId}/delegation-credentials",
    (
        path("orgId", "org_id"),
        body(),
    ),
    model("delegation_credential_output", "DelegationCredentialOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsDelegationCredentialController_createDelegationCredential",
    summary="Save delegation credentials for your organization",
)
UPDATE: Final[Operation[DelegationCredentialOutput]] = Operation(
    "orgs.delegation_credentials",
    "update",
    "PATCH",
    "/v2/organizations/{orgId}/delegation-credentials/{credentialId}",
    (
        path("orgId", "org_id"),
        path("credentialId", "credential_id"),
        body(),
    ),
    model("delegation_credential_output", "DelegationCredentialOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
        "x-cal-secret-key",
    ),
    operation_id="OrganizationsDelegationCredentialController_updateDelegationCredential",
    summary="Update delegation credentials of your organization",
)


class OrgsDelegationCredentialsResource(APIResource):
    """Operations under ``orgs.delegation_credentials``."""

    async def create(
        self,
        org_id: int,
        *,
        body: CreateDelegationCredentialInput | CreateDelegationCredentialInputDict,
        **options: Unpack[RequestOptions],
    ) -> DelegationCredentialOutput:
        """Save delegation credentials for your organization.

        ``POST /v2/organizations/{orgId}/delegation-credentials``"""
        return await self._run(CREATE, options, org_id, body)

    async def update(
        self,
        org_id: int,
        credential_id: str,
        *,
        body: UpdateDelegationCredentialInput | UpdateDelegationCredentialInputDict,
        **options: Unpack[RequestOptions],
    ) -> DelegationCredentialOutput:
        """Update delegation credentials of your organization.

        ``PATCH /v2/organizations/{orgId}/delegation-credentials/{credentialId}``"""
        return await self._run(UPDATE, options, org_id, credential_id, body)
