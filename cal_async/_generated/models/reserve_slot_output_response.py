# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .reserve_slot_output_response_status import ReserveSlotOutputResponseStatus

if TYPE_CHECKING:
    from .reserve_slot_output import ReserveSlotOutput, ReserveSlotOutputDict

    pass


class ReserveSlotOutputResponse(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: ReserveSlotOutputResponseStatus = field("status", enum_of(ReserveSlotOutputResponseStatus), required=True)
    data: ReserveSlotOutput = field("data", model("reserve_slot_output", "ReserveSlotOutput"), required=True)

    def __init__(
        self,
        *,
        status: ReserveSlotOutputResponseStatus,
        data: ReserveSlotOutput,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class ReserveSlotOutputResponseDict(TypedDict, total=False):
    """``ReserveSlotOutputResponse`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[ReserveSlotOutputResponseStatus | Literal["error", "success"]]
    data: Required[ReserveSlotOutput | ReserveSlotOutputDict]
