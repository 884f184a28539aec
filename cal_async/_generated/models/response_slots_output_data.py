# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from cal_async._fields import (
    INT,
    field,
    model,
    one_of,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    from .range_slots_output import RangeSlotsOutput
    from .slots_output import SlotsOutput

    pass


class ResponseSlotsOutputData(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    event_type_id: int = field("eventTypeId", INT, required=True)
    slots: SlotsOutput | RangeSlotsOutput = field(
        "slots",
        one_of(model("slots_output", "SlotsOutput"), model("range_slots_output", "RangeSlotsOutput")),
        required=True,
    )

    def __init__(
        self,
        *,
        event_type_id: int,
        slots: SlotsOutput | RangeSlotsOutput,
    ) -> None:
        self._set(
            {
                "eventTypeId": event_type_id,
                "slots": slots,
            }
        )


class ResponseSlotsOutputDataDict(TypedDict, total=False):
    """``ResponseSlotsOutputData`` as a plain dict with the API's JSON names, for request bodies."""

    eventTypeId: Required[int]
    slots: Required[SlotsOutput | Mapping[str, Any] | RangeSlotsOutput | Mapping[str, Any]]
