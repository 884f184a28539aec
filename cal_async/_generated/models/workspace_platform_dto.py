# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class WorkspacePlatformDto(ApiModel):
    """
    Attributes:
        name (str):
        slug (str):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "name",
            "slug",
        }
    )
    _required = frozenset(
        {
            "name",
            "slug",
        }
    )

    def __init__(
        self,
        *,
        name: str,
        slug: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["name"] = name

        data["slug"] = slug

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def name(self) -> str:
        return cast(str, self._req("name"))

    @property
    def slug(self) -> str:
        return cast(str, self._req("slug"))
