# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    BOOL,
    INT,
    STR,
    field,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class Calendar(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    external_id: str = field("externalId", STR, required=True)
    read_only: bool = field("readOnly", BOOL, required=True)
    is_selected: bool = field("isSelected", BOOL, required=True)
    credential_id: int = field("credentialId", INT, required=True)
    integration: str | Unset = field("integration", STR, required=False)
    name: str | Unset = field("name", STR, required=False)
    primary: bool | None | Unset = field("primary", nullable(BOOL), required=False)
    email: str | Unset = field("email", STR, required=False)
    delegation_credential_id: str | None | Unset = field("delegationCredentialId", nullable(STR), required=False)

    def __init__(
        self,
        *,
        external_id: str,
        read_only: bool,
        is_selected: bool,
        credential_id: int,
        integration: str | Unset = UNSET,
        name: str | Unset = UNSET,
        primary: bool | None | Unset = UNSET,
        email: str | Unset = UNSET,
        delegation_credential_id: str | None | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "externalId": external_id,
                "readOnly": read_only,
                "isSelected": is_selected,
                "credentialId": credential_id,
                "integration": integration,
                "name": name,
                "primary": primary,
                "email": email,
                "delegationCredentialId": delegation_credential_id,
            }
        )


class CalendarDict(TypedDict, total=False):
    """``Calendar`` as a plain dict with the API's JSON names, for request bodies."""

    externalId: Required[str]
    readOnly: Required[bool]
    isSelected: Required[bool]
    credentialId: Required[int]
    integration: str
    name: str
    primary: bool | None
    email: str
    delegationCredentialId: str | None
