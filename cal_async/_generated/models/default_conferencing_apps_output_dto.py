# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class DefaultConferencingAppsOutputDto(ApiModel):
    """
    Attributes:
        app_slug (str | Unset):
        app_link (str | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "appSlug",
            "appLink",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        app_slug: str | Unset = UNSET,
        app_link: str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        _app_slug = app_slug

        if not isinstance(_app_slug, Unset):
            data["appSlug"] = _app_slug
        _app_link = app_link

        if not isinstance(_app_link, Unset):
            data["appLink"] = _app_link
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def app_slug(self) -> str | Unset:
        return cast(str | Unset, self._data.get("appSlug", UNSET))

    @property
    def app_link(self) -> str | Unset:
        return cast(str | Unset, self._data.get("appLink", UNSET))
