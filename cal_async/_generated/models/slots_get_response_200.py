# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    dict_of,
    enum_of,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel

from .slots_get_response_200_status import SlotsGetResponse200Status

if TYPE_CHECKING:
    from .available_slot import AvailableSlot, AvailableSlotDict

    pass


class SlotsGetResponse200(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: SlotsGetResponse200Status = field("status", enum_of(SlotsGetResponse200Status), required=True)
    data: dict[str, list[AvailableSlot]] = field(
        "data", dict_of(list_of(model("available_slot", "AvailableSlot"))), required=True
    )
    """ Available slots by date (YYYY-MM-DD), in the requested time zone """

    def __init__(
        self,
        *,
        status: SlotsGetResponse200Status,
        data: dict[str, list[AvailableSlot]],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class SlotsGetResponse200Dict(TypedDict, total=False):
    """``SlotsGetResponse200`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[SlotsGetResponse200Status | Literal["error", "success"]]
    data: Required[Mapping[str, Sequence[AvailableSlot | AvailableSlotDict]]]
