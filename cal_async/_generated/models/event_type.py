# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class EventType(ApiModel):
    """
    Attributes:
        id (int):  Example: 1.
        slug (str):  Example: some-event.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "slug",
        }
    )
    _required = frozenset(
        {
            "id",
            "slug",
        }
    )

    def __init__(
        self,
        *,
        id: int,
        slug: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["slug"] = slug

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> int:
        return cast(int, self._req("id"))

    @property
    def slug(self) -> str:
        return cast(str, self._req("slug"))
