# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    INT,
    STR,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class NoticeThreshold(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    unit: str = field("unit", STR, required=True)
    """ The unit of time for the notice threshold (e.g., minutes, hours) """
    count: int = field("count", INT, required=True)
    """ The time value for the notice threshold """

    def __init__(
        self,
        *,
        unit: str,
        count: int,
    ) -> None:
        self._set(
            {
                "unit": unit,
                "count": count,
            }
        )


class NoticeThresholdDict(TypedDict, total=False):
    """``NoticeThreshold`` as a plain dict with the API's JSON names, for request bodies."""

    unit: Required[str]
    count: Required[int]
