# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    INT,
    STR,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class SelectedCalendarsInputDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    integration: str = field("integration", STR, required=True)
    external_id: str = field("externalId", STR, required=True)
    credential_id: int = field("credentialId", INT, required=True)
    delegation_credential_id: str | Unset = field("delegationCredentialId", STR, required=False)

    def __init__(
        self,
        *,
        integration: str,
        external_id: str,
        credential_id: int,
        delegation_credential_id: str | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "integration": integration,
                "externalId": external_id,
                "credentialId": credential_id,
                "delegationCredentialId": delegation_credential_id,
            }
        )


class SelectedCalendarsInputDtoDict(TypedDict, total=False):
    """``SelectedCalendarsInputDto`` as a plain dict with the API's JSON names, for request bodies."""

    integration: Required[str]
    externalId: Required[str]
    credentialId: Required[int]
    delegationCredentialId: str
