# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class OutputUnknownLocation(ApiModel):
    """
    Attributes:
        type_ (str): only allowed value for type is `unknown` Example: unknown.
        location (str):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "type",
            "location",
        }
    )
    _required = frozenset(
        {
            "type",
            "location",
        }
    )

    def __init__(
        self,
        *,
        type_: str,
        location: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = type_

        data["location"] = location

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> str:
        """only allowed value for type is `unknown`"""
        return cast(str, self._req("type"))

    @property
    def location(self) -> str:
        return cast(str, self._req("location"))
