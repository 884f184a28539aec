# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class BookingHost(ApiModel):
    """
    Attributes:
        id (int | str):  Example: 1.
        name (str):  Example: Jane Doe.
        email (str):  Example: jane100@example.com.
        username (str):  Example: jane100.
        time_zone (str):  Example: America/Los_Angeles.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "name",
            "email",
            "username",
            "timeZone",
        }
    )
    _required = frozenset(
        {
            "id",
            "name",
            "email",
            "username",
            "timeZone",
        }
    )

    def __init__(
        self,
        *,
        id: int | str,
        name: str,
        email: str,
        username: str,
        time_zone: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}

        data["id"] = id

        data["name"] = name

        data["email"] = email

        data["username"] = username

        data["timeZone"] = time_zone

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> int | str:
        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(self._req("id"))

        return id

    @property
    def name(self) -> str:
        return cast(str, self._req("name"))

    @property
    def email(self) -> str:
        return cast(str, self._req("email"))

    @property
    def username(self) -> str:
        return cast(str, self._req("username"))

    @property
    def time_zone(self) -> str:
        return cast(str, self._req("timeZone"))
