# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class NoticeThreshold(ApiModel):
    """
    Attributes:
        unit (str): The unit of time for the notice threshold (e.g., minutes, hours) Example: minutes.
        count (int): The time value for the notice threshold Example: 30.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "unit",
            "count",
        }
    )
    _required = frozenset(
        {
            "unit",
            "count",
        }
    )

    def __init__(
        self,
        *,
        unit: str,
        count: int,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["unit"] = unit

        data["count"] = count

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def unit(self) -> str:
        """The unit of time for the notice threshold (e.g., minutes, hours)"""
        return cast(str, self._req("unit"))

    @property
    def count(self) -> int:
        """The time value for the notice threshold"""
        return cast(int, self._req("count"))
