# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class VerifyPhoneInput(ApiModel):
    """
    Attributes:
        phone (str): phone number to verify. Example: +37255556666.
        code (str): verification code sent to the phone number to verify Example: 1ABG2C.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "phone",
            "code",
        }
    )
    _required = frozenset(
        {
            "phone",
            "code",
        }
    )

    def __init__(
        self,
        *,
        phone: str,
        code: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["phone"] = phone

        data["code"] = code

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def phone(self) -> str:
        """phone number to verify."""
        return cast(str, self._req("phone"))

    @property
    def code(self) -> str:
        """verification code sent to the phone number to verify"""
        return cast(str, self._req("code"))
