# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel

from .get_event_types_output_status import GetEventTypesOutputStatus

if TYPE_CHECKING:
    from .event_type_output import EventTypeOutput, EventTypeOutputDict

    pass


class GetEventTypesOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetEventTypesOutputStatus = field("status", enum_of(GetEventTypesOutputStatus), required=True)
    data: list[EventTypeOutput] = field("data", list_of(model("event_type_output", "EventTypeOutput")), required=True)

    def __init__(
        self,
        *,
        status: GetEventTypesOutputStatus,
        data: list[EventTypeOutput],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetEventTypesOutputDict(TypedDict, total=False):
    """``GetEventTypesOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetEventTypesOutputStatus | Literal["error", "success"]]
    data: Required[Sequence[EventTypeOutput | EventTypeOutputDict]]
