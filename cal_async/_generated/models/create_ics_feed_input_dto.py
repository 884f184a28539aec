# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class CreateIcsFeedInputDto(ApiModel):
    """
    Attributes:
        urls (list[str]): An array of ICS URLs Example: ['https://cal.com/ics/feed.ics', 'http://cal.com/ics/feed.ics'].
        read_only (bool | Unset): Whether to allowing writing to the calendar or not Default: True. Example: False.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "urls",
            "readOnly",
        }
    )
    _required = frozenset(
        {
            "urls",
        }
    )

    def __init__(
        self,
        *,
        urls: list[str],
        read_only: bool | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["urls"] = urls

        _read_only = read_only

        if not isinstance(_read_only, Unset):
            data["readOnly"] = _read_only
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def urls(self) -> list[str]:
        """An array of ICS URLs"""
        urls = cast(list[str], self._req("urls"))

        return urls

    @property
    def read_only(self) -> bool | Unset:
        """Whether to allowing writing to the calendar or not"""
        return cast(bool | Unset, self._data.get("readOnly", UNSET))
