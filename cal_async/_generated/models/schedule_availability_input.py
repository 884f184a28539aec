# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    STR,
    enum_of,
    field,
    list_of,
)
from cal_async._models import ApiModel

from .schedule_availability_input_days_item import ScheduleAvailabilityInputDaysItem

if TYPE_CHECKING:
    pass


class ScheduleAvailabilityInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    days: list[ScheduleAvailabilityInputDaysItem] = field(
        "days", list_of(enum_of(ScheduleAvailabilityInputDaysItem)), required=True
    )
    """ Array of days when schedule is active. """
    start_time: str = field("startTime", STR, required=True)
    """ startTime must be a valid time in format HH:MM e.g. 08:00 """
    end_time: str = field("endTime", STR, required=True)
    """ endTime must be a valid time in format HH:MM e.g. 15:00 """

    def __init__(
        self,
        *,
        days: list[ScheduleAvailabilityInputDaysItem],
        start_time: str,
        end_time: str,
    ) -> None:
        self._set(
            {
                "days": days,
                "startTime": start_time,
                "endTime": end_time,
            }
        )


class ScheduleAvailabilityInputDict(TypedDict, total=False):
    """``ScheduleAvailabilityInput`` as a plain dict with the API's JSON names, for request bodies."""

    days: Required[
        Sequence[
            ScheduleAvailabilityInputDaysItem
            | Literal["Friday", "Monday", "Saturday", "Sunday", "Thursday", "Tuesday", "Wednesday"]
        ]
    ]
    startTime: Required[str]
    endTime: Required[str]
