# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class VerifyEmailInput(ApiModel):
    """
    Attributes:
        email (str): Email to verify. Example: example@acme.com.
        code (str): verification code sent to the email to verify Example: 1ABG2C.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "email",
            "code",
        }
    )
    _required = frozenset(
        {
            "email",
            "code",
        }
    )

    def __init__(
        self,
        *,
        email: str,
        code: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["email"] = email

        data["code"] = code

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def email(self) -> str:
        """Email to verify."""
        return cast(str, self._req("email"))

    @property
    def code(self) -> str:
        """verification code sent to the email to verify"""
        return cast(str, self._req("code"))
