# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, TypedDict

from cal_async._fields import (
    DATETIME,
    STR,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class UpdateUnifiedCalendarEventInputStart(ApiModel):
    """Start date and time of the calendar event with timezone information

    Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    time: datetime.datetime | Unset = field("time", DATETIME, required=False)
    time_zone: str | Unset = field("timeZone", STR, required=False)

    def __init__(
        self,
        *,
        time: datetime.datetime | Unset = UNSET,
        time_zone: str | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "time": time,
                "timeZone": time_zone,
            }
        )


class UpdateUnifiedCalendarEventInputStartDict(TypedDict, total=False):
    """``UpdateUnifiedCalendarEventInputStart`` as a plain dict with the API's JSON names, for request bodies."""

    time: datetime.datetime
    timeZone: str
