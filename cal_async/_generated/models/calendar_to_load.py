# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    INT,
    STR,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class CalendarToLoad(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    credential_id: int = field("credentialId", INT, required=True)
    external_id: str = field("externalId", STR, required=True)

    def __init__(
        self,
        *,
        credential_id: int,
        external_id: str,
    ) -> None:
        self._set(
            {
                "credentialId": credential_id,
                "externalId": external_id,
            }
        )


class CalendarToLoadDict(TypedDict, total=False):
    """``CalendarToLoad`` as a plain dict with the API's JSON names, for request bodies."""

    credentialId: Required[int]
    externalId: Required[str]
