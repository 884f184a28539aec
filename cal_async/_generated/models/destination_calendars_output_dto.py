# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    INT,
    STR,
    field,
    nullable,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class DestinationCalendarsOutputDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    user_id: int = field("userId", INT, required=True)
    integration: str = field("integration", STR, required=True)
    external_id: str = field("externalId", STR, required=True)
    credential_id: int | None = field("credentialId", nullable(INT), required=True)

    def __init__(
        self,
        *,
        user_id: int,
        integration: str,
        external_id: str,
        credential_id: int | None,
    ) -> None:
        self._set(
            {
                "userId": user_id,
                "integration": integration,
                "externalId": external_id,
                "credentialId": credential_id,
            }
        )


class DestinationCalendarsOutputDtoDict(TypedDict, total=False):
    """``DestinationCalendarsOutputDto`` as a plain dict with the API's JSON names, for request bodies."""

    userId: Required[int]
    integration: Required[str]
    externalId: Required[str]
    credentialId: Required[int | None]
