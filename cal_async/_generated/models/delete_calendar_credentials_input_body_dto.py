# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class DeleteCalendarCredentialsInputBodyDto(ApiModel):
    """
    Attributes:
        id (int): Credential ID of the calendar to delete, as returned by the /calendars endpoint Example: 10.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
        }
    )
    _required = frozenset(
        {
            "id",
        }
    )

    def __init__(
        self,
        *,
        id: int,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> int:
        """Credential ID of the calendar to delete, as returned by the /calendars endpoint"""
        return cast(int, self._req("id"))
