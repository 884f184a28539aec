# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    FLOAT,
    STR,
    field,
    model,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    from .managed_user_output import ManagedUserOutput, ManagedUserOutputDict

    pass


class CreateManagedUserData(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    access_token: str = field("accessToken", STR, required=True)
    refresh_token: str = field("refreshToken", STR, required=True)
    user: ManagedUserOutput = field("user", model("managed_user_output", "ManagedUserOutput"), required=True)
    access_token_expires_at: float = field("accessTokenExpiresAt", FLOAT, required=True)
    refresh_token_expires_at: float = field("refreshTokenExpiresAt", FLOAT, required=True)

    def __init__(
        self,
        *,
        access_token: str,
        refresh_token: str,
        user: ManagedUserOutput,
        access_token_expires_at: float,
        refresh_token_expires_at: float,
    ) -> None:
        self._set(
            {
                "accessToken": access_token,
                "refreshToken": refresh_token,
                "user": user,
                "accessTokenExpiresAt": access_token_expires_at,
                "refreshTokenExpiresAt": refresh_token_expires_at,
            }
        )


class CreateManagedUserDataDict(TypedDict, total=False):
    """``CreateManagedUserData`` as a plain dict with the API's JSON names, for request bodies."""

    accessToken: Required[str]
    refreshToken: Required[str]
    user: Required[ManagedUserOutput | ManagedUserOutputDict]
    accessTokenExpiresAt: Required[float]
    refreshTokenExpiresAt: Required[float]
