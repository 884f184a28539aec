# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class MeOrgOutput(ApiModel):
    """
    Attributes:
        is_platform (bool):
        id (int):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "isPlatform",
            "id",
        }
    )
    _required = frozenset(
        {
            "isPlatform",
            "id",
        }
    )

    def __init__(
        self,
        *,
        is_platform: bool,
        id: int,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["isPlatform"] = is_platform

        data["id"] = id

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def is_platform(self) -> bool:
        return cast(bool, self._req("isPlatform"))

    @property
    def id(self) -> int:
        return cast(int, self._req("id"))
