# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
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


class WorkingHours(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    days: list[float] = field("days", list_of(FLOAT), required=True)
    start_time: float = field("startTime", FLOAT, required=True)
    end_time: float = field("endTime", FLOAT, required=True)
    user_id: int | None | Unset = field("userId", nullable(INT), required=False)

    def __init__(
        self,
        *,
        days: list[float],
        start_time: float,
        end_time: float,
        user_id: int | None | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "days": days,
                "startTime": start_time,
                "endTime": end_time,
                "userId": user_id,
            }
        )


class WorkingHoursDict(TypedDict, total=False):
    """``WorkingHours`` as a plain dict with the API's JSON names, for request bodies."""

    days: Required[Sequence[float]]
    startTime: Required[float]
    endTime: Required[float]
    userId: int | None
