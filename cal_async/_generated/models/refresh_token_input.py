# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class RefreshTokenInput(ApiModel):
    """Fields are decoded, checked and cached when first read; fields the API document does not declare
    stay readable with ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()
    _fields: ClassVar[frozenset[str]] = frozenset(
        {
            "refreshToken",
        }
    )
    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "refreshToken",
        }
    )

    refresh_token: str = field("refreshToken", STR, required=True)
    """ Managed user's refresh token. """

    def __init__(
        self,
        *,
        refresh_token: str,
    ) -> None:
        self._set(
            {
                "refreshToken": refresh_token,
            }
        )


class RefreshTokenInputDict(TypedDict, total=False):
    """``RefreshTokenInput`` as a plain dict with the API's JSON names, for request bodies."""

    refreshToken: Required[str]
