# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class RangeFormatWhenFormatrangeAdditionalPropertyItem(ApiModel):
    """
    Attributes:
        start (str | Unset):
        end (str | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "start",
            "end",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        _start = start

        if not isinstance(_start, Unset):
            data["start"] = _start
        _end = end

        if not isinstance(_end, Unset):
            data["end"] = _end
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def start(self) -> str | Unset:
        return cast(str | Unset, self._data.get("start", UNSET))

    @property
    def end(self) -> str | Unset:
        return cast(str | Unset, self._data.get("end", UNSET))
