# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
    nullable,
)
from cal_async._models import ApiModel

from .get_default_schedule_output_status import GetDefaultScheduleOutputStatus

if TYPE_CHECKING:
    from .schedule_output import ScheduleOutput, ScheduleOutputDict

    pass


class GetDefaultScheduleOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetDefaultScheduleOutputStatus = field("status", enum_of(GetDefaultScheduleOutputStatus), required=True)
    data: ScheduleOutput | None = field("data", nullable(model("schedule_output", "ScheduleOutput")), required=True)

    def __init__(
        self,
        *,
        status: GetDefaultScheduleOutputStatus,
        data: ScheduleOutput | None,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetDefaultScheduleOutputDict(TypedDict, total=False):
    """``GetDefaultScheduleOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetDefaultScheduleOutputStatus | Literal["error", "success"]]
    data: Required[ScheduleOutput | ScheduleOutputDict | None]
