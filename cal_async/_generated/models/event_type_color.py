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


class EventTypeColor(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    light_theme_hex: str = field("lightThemeHex", STR, required=True)
    """ Color used for event types in light theme """
    dark_theme_hex: str = field("darkThemeHex", STR, required=True)
    """ Color used for event types in dark theme """

    def __init__(
        self,
        *,
        light_theme_hex: str,
        dark_theme_hex: str,
    ) -> None:
        self._set(
            {
                "lightThemeHex": light_theme_hex,
                "darkThemeHex": dark_theme_hex,
            }
        )


class EventTypeColorDict(TypedDict, total=False):
    """``EventTypeColor`` as a plain dict with the API's JSON names, for request bodies."""

    lightThemeHex: Required[str]
    darkThemeHex: Required[str]
