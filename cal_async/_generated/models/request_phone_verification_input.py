# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class RequestPhoneVerificationInput(ApiModel):
    """
    Attributes:
        phone (str): Phone number to verify. Example: +372 5555 6666.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "phone",
        }
    )
    _required = frozenset(
        {
            "phone",
        }
    )

    def __init__(
        self,
        *,
        phone: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["phone"] = phone

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def phone(self) -> str:
        """Phone number to verify."""
        return cast(str, self._req("phone"))
