# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class CancelSeatedBookingInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    seat_uid: str = field("seatUid", STR, required=True)
    """ Uid of the specific seat within booking. """

    def __init__(
        self,
        *,
        seat_uid: str,
    ) -> None:
        self._set(
            {
                "seatUid": seat_uid,
            }
        )


class CancelSeatedBookingInputDict(TypedDict, total=False):
    """``CancelSeatedBookingInput`` as a plain dict with the API's JSON names, for request bodies."""

    seatUid: Required[str]
