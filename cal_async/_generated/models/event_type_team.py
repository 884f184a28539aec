# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    INT,
    STR,
    field,
    nullable,
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
    slug: str | None = field("slug", nullable(STR), required=True)
    banner_url: str | None = field("bannerUrl", nullable(STR), required=True)
    name: str = field("name", STR, required=True)
    logo_url: str | None = field("logoUrl", nullable(STR), required=True)
    week_start: str = field("weekStart", STR, required=True)
    brand_color: str | None = field("brandColor", nullable(STR), required=True)
    dark_brand_color: str | None = field("darkBrandColor", nullable(STR), required=True)
    theme: str | None = field("theme", nullable(STR), required=True)

    def __init__(
        self,
        *,
        id: int,
        slug: str | None,
        banner_url: str | None,
        name: str,
        logo_url: str | None,
        week_start: str,
        brand_color: str | None,
        dark_brand_color: str | None,
        theme: str | None,
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
    slug: Required[str | None]
    bannerUrl: Required[str | None]
    name: Required[str]
    logoUrl: Required[str | None]
    weekStart: Required[str]
    brandColor: Required[str | None]
    darkBrandColor: Required[str | None]
    theme: Required[str | None]
