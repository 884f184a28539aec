# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .create_schedule_output_status import CreateScheduleOutputStatus

if TYPE_CHECKING:
    from .schedule_output import ScheduleOutput, ScheduleOutputDict

    pass


class CreateScheduleOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: CreateScheduleOutputStatus = field("status", enum_of(CreateScheduleOutputStatus), required=True)
    data: ScheduleOutput = field("data", model("schedule_output", "ScheduleOutput"), required=True)

    def __init__(
        self,
        *,
        status: CreateScheduleOutputStatus,
        data: ScheduleOutput,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class CreateScheduleOutputDict(TypedDict, total=False):
    """``CreateScheduleOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[CreateScheduleOutputStatus | Literal["error", "success"]]
    data: Required[ScheduleOutput | ScheduleOutputDict]
