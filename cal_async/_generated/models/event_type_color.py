# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class EventTypeColor(ApiModel):
    """
    Attributes:
        light_theme_hex (str): Color used for event types in light theme Example: #292929.
        dark_theme_hex (str): Color used for event types in dark theme Example: #fafafa.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "lightThemeHex",
            "darkThemeHex",
        }
    )
    _required = frozenset(
        {
            "lightThemeHex",
            "darkThemeHex",
        }
    )

    def __init__(
        self,
        *,
        light_theme_hex: str,
        dark_theme_hex: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["lightThemeHex"] = light_theme_hex

        data["darkThemeHex"] = dark_theme_hex

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def light_theme_hex(self) -> str:
        """Color used for event types in light theme"""
        return cast(str, self._req("lightThemeHex"))

    @property
    def dark_theme_hex(self) -> str:
        """Color used for event types in dark theme"""
        return cast(str, self._req("darkThemeHex"))
