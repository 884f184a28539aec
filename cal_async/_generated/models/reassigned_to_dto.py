# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class ReassignedToDto(ApiModel):
    """
    Attributes:
        id (int):  Example: 123.
        name (str):  Example: John Doe.
        email (str):  Example: john.doe@example.com.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "name",
            "email",
        }
    )
    _required = frozenset(
        {
            "id",
            "name",
            "email",
        }
    )

    def __init__(
        self,
        *,
        id: int,
        name: str,
        email: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["name"] = name

        data["email"] = email

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> int:
        return cast(int, self._req("id"))

    @property
    def name(self) -> str:
        return cast(str, self._req("name"))

    @property
    def email(self) -> str:
        return cast(str, self._req("email"))
