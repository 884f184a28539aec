# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, TypedDict

from cal_async._fields import (
    STR,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class RangeFormatWhenFormatrangeAdditionalPropertyItem(ApiModel):
    """Fields are decoded, checked and cached when first read; fields the API document does not declare
    stay readable with ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()
    _fields: ClassVar[frozenset[str]] = frozenset(
        {
            "start",
            "end",
        }
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    start: str | Unset = field("start", STR, required=False)
    end: str | Unset = field("end", STR, required=False)

    def __init__(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "start": start,
                "end": end,
            }
        )


class RangeFormatWhenFormatrangeAdditionalPropertyItemDict(TypedDict, total=False):
    """``RangeFormatWhenFormatrangeAdditionalPropertyItem`` as a plain dict with the API's JSON names, for request bodies."""

    start: str
    end: str
