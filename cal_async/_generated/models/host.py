# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.host_priority import HostPriority
from ..types import UNSET, Unset


class Host(ApiModel):
    """
    Attributes:
        user_id (int): Which user is the host of this event
        mandatory (bool | Unset): Only relevant for round robin event types. If true then the user must attend round
            robin event always.
        priority (HostPriority | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "userId",
            "mandatory",
            "priority",
        }
    )
    _required = frozenset(
        {
            "userId",
        }
    )

    def __init__(
        self,
        *,
        user_id: int,
        mandatory: bool | Unset = UNSET,
        priority: HostPriority | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["userId"] = user_id

        _mandatory = mandatory

        if not isinstance(_mandatory, Unset):
            data["mandatory"] = _mandatory
        _priority = UNSET
        if not isinstance(priority, Unset):
            _priority = HostPriority(priority).value

        if not isinstance(_priority, Unset):
            data["priority"] = _priority
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def user_id(self) -> int:
        """Which user is the host of this event"""
        return cast(int, self._req("userId"))

    @property
    def mandatory(self) -> bool | Unset:
        """Only relevant for round robin event types. If true then the user must attend round robin event
        always."""
        return cast(bool | Unset, self._data.get("mandatory", UNSET))

    @property
    def priority(self) -> HostPriority | Unset:
        _priority = self._data.get("priority", UNSET)
        priority: HostPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = HostPriority(_priority)

        return priority
