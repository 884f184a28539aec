# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class MicrosoftServiceAccountKeyInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    private_key: str = field("private_key", STR, required=True)
    tenant_id: str = field("tenant_id", STR, required=True)
    client_id: str = field("client_id", STR, required=True)

    def __init__(
        self,
        *,
        private_key: str,
        tenant_id: str,
        client_id: str,
    ) -> None:
        self._set(
            {
                "private_key": private_key,
                "tenant_id": tenant_id,
                "client_id": client_id,
            }
        )


class MicrosoftServiceAccountKeyInputDict(TypedDict, total=False):
    """``MicrosoftServiceAccountKeyInput`` as a plain dict with the API's JSON names, for request bodies."""

    private_key: Required[str]
    tenant_id: Required[str]
    client_id: Required[str]
