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


class BookingInputAddressLocation(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    type_: str = field("type", STR, required=True)
    """ only allowed value for type is `address` - it refers to address defined by the organizer. """

    def __init__(
        self,
        *,
        type_: str,
    ) -> None:
        self._set(
            {
                "type": type_,
            }
        )


class BookingInputAddressLocationDict(TypedDict, total=False):
    """``BookingInputAddressLocation`` as a plain dict with the API's JSON names, for request bodies."""

    type: Required[str]
