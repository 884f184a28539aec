# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class DeleteData(ApiModel):
    """
    Attributes:
        id (int):  Example: 1.
        length_in_minutes (float):  Example: 60.
        title (str):  Example: Learn the secrets of masterchief!.
        slug (str):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "lengthInMinutes",
            "title",
            "slug",
        }
    )
    _required = frozenset(
        {
            "id",
            "lengthInMinutes",
            "title",
            "slug",
        }
    )

    def __init__(
        self,
        *,
        id: int,
        length_in_minutes: float,
        title: str,
        slug: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["lengthInMinutes"] = length_in_minutes

        data["title"] = title

        data["slug"] = slug

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> int:
        return cast(int, self._req("id"))

    @property
    def length_in_minutes(self) -> float:
        return cast(float, self._req("lengthInMinutes"))

    @property
    def title(self) -> str:
        return cast(str, self._req("title"))

    @property
    def slug(self) -> str:
        return cast(str, self._req("slug"))
