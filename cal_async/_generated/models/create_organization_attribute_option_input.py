# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class CreateOrganizationAttributeOptionInput(ApiModel):
    """
    Attributes:
        value (str):
        slug (str):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "value",
            "slug",
        }
    )
    _required = frozenset(
        {
            "value",
            "slug",
        }
    )

    def __init__(
        self,
        *,
        value: str,
        slug: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["value"] = value

        data["slug"] = slug

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def value(self) -> str:
        return cast(str, self._req("value"))

    @property
    def slug(self) -> str:
        return cast(str, self._req("slug"))
