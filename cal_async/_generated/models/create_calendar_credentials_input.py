# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class CreateCalendarCredentialsInput(ApiModel):
    """
    Attributes:
        username (str):
        password (str):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "username",
            "password",
        }
    )
    _required = frozenset(
        {
            "username",
            "password",
        }
    )

    def __init__(
        self,
        *,
        username: str,
        password: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["username"] = username

        data["password"] = password

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def username(self) -> str:
        return cast(str, self._req("username"))

    @property
    def password(self) -> str:
        return cast(str, self._req("password"))
