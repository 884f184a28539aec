# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    DATE,
    STR,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class ScheduleOverrideInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    date: datetime.date = field("date", DATE, required=True)
    start_time: str = field("startTime", STR, required=True)
    """ startTime must be a valid time in format HH:MM e.g. 12:00 """
    end_time: str = field("endTime", STR, required=True)
    """ endTime must be a valid time in format HH:MM e.g. 13:00 """

    def __init__(
        self,
        *,
        date: datetime.date,
        start_time: str,
        end_time: str,
    ) -> None:
        self._set(
            {
                "date": date,
                "startTime": start_time,
                "endTime": end_time,
            }
        )


class ScheduleOverrideInputDict(TypedDict, total=False):
    """``ScheduleOverrideInput`` as a plain dict with the API's JSON names, for request bodies."""

    date: Required[datetime.date]
    startTime: Required[str]
    endTime: Required[str]
