# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
    nullable,
)
from cal_async._models import ApiModel

from .get_reserved_slot_output_status import GetReservedSlotOutputStatus

if TYPE_CHECKING:
    from .reserved_slot_output import ReservedSlotOutput

    pass


class GetReservedSlotOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetReservedSlotOutputStatus = field("status", enum_of(GetReservedSlotOutputStatus), required=True)
    data: ReservedSlotOutput | None = field(
        "data", nullable(model("reserved_slot_output", "ReservedSlotOutput")), required=True
    )

    def __init__(
        self,
        *,
        status: GetReservedSlotOutputStatus,
        data: ReservedSlotOutput | None,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetReservedSlotOutputDict(TypedDict, total=False):
    """``GetReservedSlotOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetReservedSlotOutputStatus | Literal["error", "success"]]
    data: Required[ReservedSlotOutput | Mapping[str, Any] | None]
