# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .response_slots_output_status import ResponseSlotsOutputStatus

if TYPE_CHECKING:
    from .response_slots_output_data import ResponseSlotsOutputData, ResponseSlotsOutputDataDict

    pass


class ResponseSlotsOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: ResponseSlotsOutputStatus = field("status", enum_of(ResponseSlotsOutputStatus), required=True)
    data: ResponseSlotsOutputData = field(
        "data", model("response_slots_output_data", "ResponseSlotsOutputData"), required=True
    )

    def __init__(
        self,
        *,
        status: ResponseSlotsOutputStatus,
        data: ResponseSlotsOutputData,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class ResponseSlotsOutputDict(TypedDict, total=False):
    """``ResponseSlotsOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[ResponseSlotsOutputStatus | Literal["error", "success"]]
    data: Required[ResponseSlotsOutputData | ResponseSlotsOutputDataDict]
