# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class BaseAttribute(ApiModel):
    """
    Attributes:
        id (str):
        name (str):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "name",
        }
    )
    _required = frozenset(
        {
            "id",
            "name",
        }
    )

    def __init__(
        self,
        *,
        id: str,
        name: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["name"] = name

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> str:
        return cast(str, self._req("id"))

    @property
    def name(self) -> str:
        return cast(str, self._req("name"))
