# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

if TYPE_CHECKING:
    from ..models.managed_user_output import ManagedUserOutput


class CreateManagedUserData(ApiModel):
    """
    Attributes:
        access_token (str):  Example: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.
        refresh_token (str):  Example: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.
        user (ManagedUserOutput):
        access_token_expires_at (float):
        refresh_token_expires_at (float):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "accessToken",
            "refreshToken",
            "user",
            "accessTokenExpiresAt",
            "refreshTokenExpiresAt",
        }
    )
    _required = frozenset(
        {
            "accessToken",
            "refreshToken",
            "user",
            "accessTokenExpiresAt",
            "refreshTokenExpiresAt",
        }
    )

    def __init__(
        self,
        *,
        access_token: str,
        refresh_token: str,
        user: ManagedUserOutput,
        access_token_expires_at: float,
        refresh_token_expires_at: float,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["accessToken"] = access_token

        data["refreshToken"] = refresh_token

        data["user"] = as_json(user)

        data["accessTokenExpiresAt"] = access_token_expires_at

        data["refreshTokenExpiresAt"] = refresh_token_expires_at

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def access_token(self) -> str:
        return cast(str, self._req("accessToken"))

    @property
    def refresh_token(self) -> str:
        return cast(str, self._req("refreshToken"))

    @property
    def user(self) -> ManagedUserOutput:
        from ..models.managed_user_output import ManagedUserOutput  # noqa: PLC0415

        user = ManagedUserOutput.from_dict(self._req("user"))

        return user

    @property
    def access_token_expires_at(self) -> float:
        return cast(float, self._req("accessTokenExpiresAt"))

    @property
    def refresh_token_expires_at(self) -> float:
        return cast(float, self._req("refreshTokenExpiresAt"))
