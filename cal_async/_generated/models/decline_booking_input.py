# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class DeclineBookingInput(ApiModel):
    """
    Attributes:
        reason (str | Unset): Reason for declining a booking that requires a confirmation Example: Host has to take
            another call.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "reason",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        reason: str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        _reason = reason

        if not isinstance(_reason, Unset):
            data["reason"] = _reason
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def reason(self) -> str | Unset:
        """Reason for declining a booking that requires a confirmation"""
        return cast(str | Unset, self._data.get("reason", UNSET))
