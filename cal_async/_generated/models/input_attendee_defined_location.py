# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class InputAttendeeDefinedLocation(ApiModel):
    """
    Attributes:
        type_ (str): only allowed value for type is `attendeeDefined` Example: attendeeDefined.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "type",
        }
    )
    _required = frozenset(
        {
            "type",
        }
    )

    def __init__(
        self,
        *,
        type_: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = type_

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> str:
        """only allowed value for type is `attendeeDefined`"""
        return cast(str, self._req("type"))
