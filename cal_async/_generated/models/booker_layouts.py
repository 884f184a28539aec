# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.booker_layouts_default_layout import BookerLayoutsDefaultLayout
from ..models.booker_layouts_enabled_layouts_item import BookerLayoutsEnabledLayoutsItem


class BookerLayouts(ApiModel):
    """
    Attributes:
        default_layout (BookerLayoutsDefaultLayout):
        enabled_layouts (list[BookerLayoutsEnabledLayoutsItem]): Array of valid layouts - month, week or column
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "defaultLayout",
            "enabledLayouts",
        }
    )
    _required = frozenset(
        {
            "defaultLayout",
            "enabledLayouts",
        }
    )

    def __init__(
        self,
        *,
        default_layout: BookerLayoutsDefaultLayout,
        enabled_layouts: list[BookerLayoutsEnabledLayoutsItem],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["defaultLayout"] = BookerLayoutsDefaultLayout(default_layout).value

        data["enabledLayouts"] = []
        for enabled_layouts_item_data in enabled_layouts:
            enabled_layouts_item = BookerLayoutsEnabledLayoutsItem(enabled_layouts_item_data).value
            data["enabledLayouts"].append(enabled_layouts_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def default_layout(self) -> BookerLayoutsDefaultLayout:
        default_layout = BookerLayoutsDefaultLayout(self._req("defaultLayout"))

        return default_layout

    @property
    def enabled_layouts(self) -> list[BookerLayoutsEnabledLayoutsItem]:
        """Array of valid layouts - month, week or column"""
        enabled_layouts = []
        _enabled_layouts = self._req("enabledLayouts")
        for enabled_layouts_item_data in _enabled_layouts:
            enabled_layouts_item = BookerLayoutsEnabledLayoutsItem(enabled_layouts_item_data)

            enabled_layouts.append(enabled_layouts_item)

        return enabled_layouts
