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


class GoogleServiceAccountKeyInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    private_key: str = field("private_key", STR, required=True)
    client_email: str = field("client_email", STR, required=True)
    client_id: str = field("client_id", STR, required=True)

    def __init__(
        self,
        *,
        private_key: str,
        client_email: str,
        client_id: str,
    ) -> None:
        self._set(
            {
                "private_key": private_key,
                "client_email": client_email,
                "client_id": client_id,
            }
        )


class GoogleServiceAccountKeyInputDict(TypedDict, total=False):
    """``GoogleServiceAccountKeyInput`` as a plain dict with the API's JSON names, for request bodies."""

    private_key: Required[str]
    client_email: Required[str]
    client_id: Required[str]
