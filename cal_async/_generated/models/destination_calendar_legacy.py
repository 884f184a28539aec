# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from cal_async._fields import (
    BOOL,
    INT,
    STR,
    field,
    model,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .destination_calendar_legacy_id import DestinationCalendarLegacyId

    pass


class DestinationCalendarLegacy(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: DestinationCalendarLegacyId = field(
        "id", model("destination_calendar_legacy_id", "DestinationCalendarLegacyId"), required=True
    )
    integration: str = field("integration", STR, required=True)
    external_id: str = field("externalId", STR, required=True)
    primary_email: str | None = field("primaryEmail", nullable(STR), required=True)
    user_id: int | None = field("userId", nullable(INT), required=True)
    event_type_id: int | None = field("eventTypeId", nullable(INT), required=True)
    credential_id: int | None = field("credentialId", nullable(INT), required=True)
    delegation_credential_id: str | None | Unset = field("delegationCredentialId", nullable(STR), required=False)
    name: str | None | Unset = field("name", nullable(STR), required=False)
    primary: bool | Unset = field("primary", BOOL, required=False)
    read_only: bool | Unset = field("readOnly", BOOL, required=False)
    email: str | Unset = field("email", STR, required=False)
    integration_title: str | Unset = field("integrationTitle", STR, required=False)

    def __init__(
        self,
        *,
        id: DestinationCalendarLegacyId,
        integration: str,
        external_id: str,
        primary_email: str | None,
        user_id: int | None,
        event_type_id: int | None,
        credential_id: int | None,
        delegation_credential_id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        primary: bool | Unset = UNSET,
        read_only: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        integration_title: str | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "id": id,
                "integration": integration,
                "externalId": external_id,
                "primaryEmail": primary_email,
                "userId": user_id,
                "eventTypeId": event_type_id,
                "credentialId": credential_id,
                "delegationCredentialId": delegation_credential_id,
                "name": name,
                "primary": primary,
                "readOnly": read_only,
                "email": email,
                "integrationTitle": integration_title,
            }
        )


class DestinationCalendarLegacyDict(TypedDict, total=False):
    """``DestinationCalendarLegacy`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[DestinationCalendarLegacyId | Mapping[str, Any]]
    integration: Required[str]
    externalId: Required[str]
    primaryEmail: Required[str | None]
    userId: Required[int | None]
    eventTypeId: Required[int | None]
    credentialId: Required[int | None]
    delegationCredentialId: str | None
    name: str | None
    primary: bool
    readOnly: bool
    email: str
    integrationTitle: str
