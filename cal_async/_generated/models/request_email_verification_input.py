# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class RequestEmailVerificationInput(ApiModel):
    """
    Attributes:
        email (str): Email to verify. Example: acme@example.com.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "email",
        }
    )
    _required = frozenset(
        {
            "email",
        }
    )

    def __init__(
        self,
        *,
        email: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["email"] = email

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def email(self) -> str:
        """Email to verify."""
        return cast(str, self._req("email"))
