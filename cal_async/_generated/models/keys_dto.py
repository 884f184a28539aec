# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    FLOAT,
    STR,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class KeysDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    access_token: str = field("accessToken", STR, required=True)
    refresh_token: str = field("refreshToken", STR, required=True)
    access_token_expires_at: float = field("accessTokenExpiresAt", FLOAT, required=True)
    refresh_token_expires_at: float = field("refreshTokenExpiresAt", FLOAT, required=True)

    def __init__(
        self,
        *,
        access_token: str,
        refresh_token: str,
        access_token_expires_at: float,
        refresh_token_expires_at: float,
    ) -> None:
        self._set(
            {
                "accessToken": access_token,
                "refreshToken": refresh_token,
                "accessTokenExpiresAt": access_token_expires_at,
                "refreshTokenExpiresAt": refresh_token_expires_at,
            }
        )


class KeysDtoDict(TypedDict, total=False):
    """``KeysDto`` as a plain dict with the API's JSON names, for request bodies."""

    accessToken: Required[str]
    refreshToken: Required[str]
    accessTokenExpiresAt: Required[float]
    refreshTokenExpiresAt: Required[float]
