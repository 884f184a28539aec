# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    STR,
    enum_of,
    field,
    list_of,
)
from cal_async._models import ApiModel

from .range_window_type import RangeWindowType

if TYPE_CHECKING:
    pass


class RangeWindow(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    type_: RangeWindowType = field("type", enum_of(RangeWindowType), required=True)
    """ Whether the window should be business days, calendar days or a range of dates """
    value: list[str] = field("value", list_of(STR), required=True)
    """ Date range for when this event can be booked. """

    def __init__(
        self,
        *,
        type_: RangeWindowType,
        value: list[str],
    ) -> None:
        self._set(
            {
                "type": type_,
                "value": value,
            }
        )


class RangeWindowDict(TypedDict, total=False):
    """``RangeWindow`` as a plain dict with the API's JSON names, for request bodies."""

    type: Required[RangeWindowType | Literal["businessDays", "calendarDays", "range"]]
    value: Required[Sequence[str]]
