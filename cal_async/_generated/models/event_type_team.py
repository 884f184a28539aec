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


class EventTypeTeam(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int = field("id", INT, required=True)
    slug: str = field("slug", STR, required=True)
    banner_url: str = field("bannerUrl", STR, required=True)
    name: str = field("name", STR, required=True)
    logo_url: str = field("logoUrl", STR, required=True)
    week_start: str = field("weekStart", STR, required=True)
    brand_color: str = field("brandColor", STR, required=True)
    dark_brand_color: str = field("darkBrandColor", STR, required=True)
    theme: str = field("theme", STR, required=True)

    def __init__(
        self,
        *,
        id: int,
        slug: str,
        banner_url: str,
        name: str,
        logo_url: str,
        week_start: str,
        brand_color: str,
        dark_brand_color: str,
        theme: str,
    ) -> None:
        self._set(
            {
                "id": id,
                "slug": slug,
                "bannerUrl": banner_url,
                "name": name,
                "logoUrl": logo_url,
                "weekStart": week_start,
                "brandColor": brand_color,
                "darkBrandColor": dark_brand_color,
                "theme": theme,
            }
        )


class EventTypeTeamDict(TypedDict, total=False):
    """``EventTypeTeam`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    slug: Required[str]
    bannerUrl: Required[str]
    name: Required[str]
    logoUrl: Required[str]
    weekStart: Required[str]
    brandColor: Required[str]
    darkBrandColor: Required[str]
    theme: Required[str]
