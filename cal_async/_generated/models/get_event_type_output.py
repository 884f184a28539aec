# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .get_event_type_output_status import GetEventTypeOutputStatus

if TYPE_CHECKING:
    from .event_type_output import EventTypeOutput, EventTypeOutputDict

    pass


class GetEventTypeOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetEventTypeOutputStatus = field("status", enum_of(GetEventTypeOutputStatus), required=True)
    data: EventTypeOutput = field("data", model("event_type_output", "EventTypeOutput"), required=True)

    def __init__(
        self,
        *,
        status: GetEventTypeOutputStatus,
        data: EventTypeOutput,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetEventTypeOutputDict(TypedDict, total=False):
    """``GetEventTypeOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetEventTypeOutputStatus | Literal["error", "success"]]
    data: Required[EventTypeOutput | EventTypeOutputDict]
