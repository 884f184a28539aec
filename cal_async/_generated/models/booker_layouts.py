# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    list_of,
)
from cal_async._models import ApiModel

from .booker_layouts_default_layout import BookerLayoutsDefaultLayout
from .booker_layouts_enabled_layouts_item import BookerLayoutsEnabledLayoutsItem

if TYPE_CHECKING:
    pass


class BookerLayouts(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    default_layout: BookerLayoutsDefaultLayout = field(
        "defaultLayout", enum_of(BookerLayoutsDefaultLayout), required=True
    )
    enabled_layouts: list[BookerLayoutsEnabledLayoutsItem] = field(
        "enabledLayouts", list_of(enum_of(BookerLayoutsEnabledLayoutsItem)), required=True
    )
    """ Array of valid layouts - month, week or column """

    def __init__(
        self,
        *,
        default_layout: BookerLayoutsDefaultLayout,
        enabled_layouts: list[BookerLayoutsEnabledLayoutsItem],
    ) -> None:
        self._set(
            {
                "defaultLayout": default_layout,
                "enabledLayouts": enabled_layouts,
            }
        )


class BookerLayoutsDict(TypedDict, total=False):
    """``BookerLayouts`` as a plain dict with the API's JSON names, for request bodies."""

    defaultLayout: Required[BookerLayoutsDefaultLayout | Literal["column", "month", "week"]]
    enabledLayouts: Required[Sequence[BookerLayoutsEnabledLayoutsItem | Literal["column", "month", "week"]]]
