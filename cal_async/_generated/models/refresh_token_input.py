# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class RefreshTokenInput(ApiModel):
    """
    Attributes:
        refresh_token (str): Managed user's refresh token.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "refreshToken",
        }
    )
    _required = frozenset(
        {
            "refreshToken",
        }
    )

    def __init__(
        self,
        *,
        refresh_token: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["refreshToken"] = refresh_token

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def refresh_token(self) -> str:
        """Managed user's refresh token."""
        return cast(str, self._req("refreshToken"))
