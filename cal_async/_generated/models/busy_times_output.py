# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class BusyTimesOutput(ApiModel):
    """
    Attributes:
        start (datetime.datetime):
        end (datetime.datetime):
        source (None | str | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "start",
            "end",
            "source",
        }
    )
    _required = frozenset(
        {
            "start",
            "end",
        }
    )

    def __init__(
        self,
        *,
        start: datetime.datetime,
        end: datetime.datetime,
        source: None | str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["start"] = start if isinstance(start, str) else start.isoformat()

        data["end"] = end if isinstance(end, str) else end.isoformat()

        if isinstance(source, Unset):
            _source = UNSET
        else:
            _source = source

        if not isinstance(_source, Unset):
            data["source"] = _source
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def start(self) -> datetime.datetime:
        start = datetime.datetime.fromisoformat(self._req("start"))

        return start

    @property
    def end(self) -> datetime.datetime:
        end = datetime.datetime.fromisoformat(self._req("end"))

        return end

    @property
    def source(self) -> None | str | Unset:
        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(self._data.get("source", UNSET))

        return source
