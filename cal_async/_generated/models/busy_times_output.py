# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    DATETIME,
    STR,
    field,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class BusyTimesOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    start: datetime.datetime = field("start", DATETIME, required=True)
    end: datetime.datetime = field("end", DATETIME, required=True)
    source: str | None | Unset = field("source", nullable(STR), required=False)

    def __init__(
        self,
        *,
        start: datetime.datetime,
        end: datetime.datetime,
        source: str | None | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "start": start,
                "end": end,
                "source": source,
            }
        )


class BusyTimesOutputDict(TypedDict, total=False):
    """``BusyTimesOutput`` as a plain dict with the API's JSON names, for request bodies."""

    start: Required[datetime.datetime]
    end: Required[datetime.datetime]
    source: str | None
