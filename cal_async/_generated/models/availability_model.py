# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    DATETIME,
    FLOAT,
    INT,
    field,
    list_of,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class AvailabilityModel(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int = field("id", INT, required=True)
    days: list[float] = field("days", list_of(FLOAT), required=True)
    start_time: datetime.datetime = field("startTime", DATETIME, required=True)
    end_time: datetime.datetime = field("endTime", DATETIME, required=True)
    user_id: int | None | Unset = field("userId", nullable(INT), required=False)
    event_type_id: int | None | Unset = field("eventTypeId", nullable(INT), required=False)
    date: datetime.datetime | None | Unset = field("date", nullable(DATETIME), required=False)
    schedule_id: int | None | Unset = field("scheduleId", nullable(INT), required=False)

    def __init__(
        self,
        *,
        id: int,
        days: list[float],
        start_time: datetime.datetime,
        end_time: datetime.datetime,
        user_id: int | None | Unset = UNSET,
        event_type_id: int | None | Unset = UNSET,
        date: datetime.datetime | None | Unset = UNSET,
        schedule_id: int | None | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "id": id,
                "days": days,
                "startTime": start_time,
                "endTime": end_time,
                "userId": user_id,
                "eventTypeId": event_type_id,
                "date": date,
                "scheduleId": schedule_id,
            }
        )


class AvailabilityModelDict(TypedDict, total=False):
    """``AvailabilityModel`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    days: Required[Sequence[float]]
    startTime: Required[datetime.datetime]
    endTime: Required[datetime.datetime]
    userId: int | None
    eventTypeId: int | None
    date: datetime.datetime | None
    scheduleId: int | None
