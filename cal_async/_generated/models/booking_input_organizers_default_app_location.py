# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class BookingInputOrganizersDefaultAppLocation(ApiModel):
    """
    Attributes:
        type_ (str): only available for team event types and the only allowed value for type is `organizersDefaultApp` -
            it refers to the default app defined by the organizer. Example: organizersDefaultApp.
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
        """only available for team event types and the only allowed value for type is `organizersDefaultApp` -
        it refers to the default app defined by the organizer."""
        return cast(str, self._req("type"))
