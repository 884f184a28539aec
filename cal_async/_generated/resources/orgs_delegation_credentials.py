"""GENERATED CODE: do not edit. ``orgs.delegation_credentials`` resource of the Cal.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

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

        ``POST /v2/organizations/{org_id}/delegation-credentials``

        Args:
            org_id (int):
            body (CreateDelegationCredentialInput):"""
        from ..api.orgs_delegation_credentials import orgs_delegation_credentials_create as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            body=body,
        )

    async def update(
        self,
        org_id: int,
        credential_id: str,
        *,
        body: UpdateDelegationCredentialInput | UpdateDelegationCredentialInputDict,
        **options: Unpack[RequestOptions],
    ) -> DelegationCredentialOutput:
        """Update delegation credentials of your organization.

        ``PATCH /v2/organizations/{org_id}/delegation-credentials/{credential_id}``

        Args:
            org_id (int):
            credential_id (str):
            body (UpdateDelegationCredentialInput):"""
        from ..api.orgs_delegation_credentials import orgs_delegation_credentials_update as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            org_id,
            credential_id,
            body=body,
        )
