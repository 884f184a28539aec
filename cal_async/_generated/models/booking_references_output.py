# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    from .booking_reference import BookingReference, BookingReferenceDict

    pass


class BookingReferencesOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: str = field("status", STR, required=True)
    """ The status of the request, always 'success' for successful responses """
    data: list[BookingReference] = field("data", list_of(model("booking_reference", "BookingReference")), required=True)
    """ Booking References """

    def __init__(
        self,
        *,
        status: str,
        data: list[BookingReference],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class BookingReferencesOutputDict(TypedDict, total=False):
    """``BookingReferencesOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[str]
    data: Required[Sequence[BookingReference | BookingReferenceDict]]
