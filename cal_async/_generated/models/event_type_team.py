# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class EventTypeTeam(ApiModel):
    """
    Attributes:
        id (int):
        slug (str):
        banner_url (str):
        name (str):
        logo_url (str):
        week_start (str):
        brand_color (str):
        dark_brand_color (str):
        theme (str):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "slug",
            "bannerUrl",
            "name",
            "logoUrl",
            "weekStart",
            "brandColor",
            "darkBrandColor",
            "theme",
        }
    )
    _required = frozenset(
        {
            "id",
            "slug",
            "bannerUrl",
            "name",
            "logoUrl",
            "weekStart",
            "brandColor",
            "darkBrandColor",
            "theme",
        }
    )

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
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["slug"] = slug

        data["bannerUrl"] = banner_url

        data["name"] = name

        data["logoUrl"] = logo_url

        data["weekStart"] = week_start

        data["brandColor"] = brand_color

        data["darkBrandColor"] = dark_brand_color

        data["theme"] = theme

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> int:
        return cast(int, self._req("id"))

    @property
    def slug(self) -> str:
        return cast(str, self._req("slug"))

    @property
    def banner_url(self) -> str:
        return cast(str, self._req("bannerUrl"))

    @property
    def name(self) -> str:
        return cast(str, self._req("name"))

    @property
    def logo_url(self) -> str:
        return cast(str, self._req("logoUrl"))

    @property
    def week_start(self) -> str:
        return cast(str, self._req("weekStart"))

    @property
    def brand_color(self) -> str:
        return cast(str, self._req("brandColor"))

    @property
    def dark_brand_color(self) -> str:
        return cast(str, self._req("darkBrandColor"))

    @property
    def theme(self) -> str:
        return cast(str, self._req("theme"))
