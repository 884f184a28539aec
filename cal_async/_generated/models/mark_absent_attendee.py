# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class MarkAbsentAttendee(ApiModel):
    """
    Attributes:
        email (str):
        absent (bool):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "email",
            "absent",
        }
    )
    _required = frozenset(
        {
            "email",
            "absent",
        }
    )

    def __init__(
        self,
        *,
        email: str,
        absent: bool,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["email"] = email

        data["absent"] = absent

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def email(self) -> str:
        return cast(str, self._req("email"))

    @property
    def absent(self) -> bool:
        return cast(bool, self._req("absent"))
