# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .get_unified_calendar_event_output_status import GetUnifiedCalendarEventOutputStatus

if TYPE_CHECKING:
    from .unified_calendar_event_output import UnifiedCalendarEventOutput, UnifiedCalendarEventOutputDict

    pass


class GetUnifiedCalendarEventOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetUnifiedCalendarEventOutputStatus = field(
        "status", enum_of(GetUnifiedCalendarEventOutputStatus), required=True
    )
    data: UnifiedCalendarEventOutput = field(
        "data", model("unified_calendar_event_output", "UnifiedCalendarEventOutput"), required=True
    )

    def __init__(
        self,
        *,
        status: GetUnifiedCalendarEventOutputStatus,
        data: UnifiedCalendarEventOutput,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetUnifiedCalendarEventOutputDict(TypedDict, total=False):
    """``GetUnifiedCalendarEventOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetUnifiedCalendarEventOutputStatus | Literal["error", "success"]]
    data: Required[UnifiedCalendarEventOutput | UnifiedCalendarEventOutputDict]
