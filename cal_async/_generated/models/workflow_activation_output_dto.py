# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class WorkflowActivationOutputDto(ApiModel):
    """
    Attributes:
        is_active_on_all_event_types (bool | Unset): Whether the workflow is active for all event types associated with
            the team/user Default: False. Example: False.
        active_on_event_type_ids (list[int] | Unset): List of Event Type IDs the workflow is specifically active on (if
            not active on all) Example: [698191, 698192].
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "isActiveOnAllEventTypes",
            "activeOnEventTypeIds",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        is_active_on_all_event_types: bool | Unset = UNSET,
        active_on_event_type_ids: list[int] | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        _is_active_on_all_event_types = is_active_on_all_event_types

        if not isinstance(_is_active_on_all_event_types, Unset):
            data["isActiveOnAllEventTypes"] = _is_active_on_all_event_types
        _active_on_event_type_ids = UNSET
        if not isinstance(active_on_event_type_ids, Unset):
            _active_on_event_type_ids = active_on_event_type_ids

        if not isinstance(_active_on_event_type_ids, Unset):
            data["activeOnEventTypeIds"] = _active_on_event_type_ids
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def is_active_on_all_event_types(self) -> bool | Unset:
        """Whether the workflow is active for all event types associated with the team/user"""
        return cast(bool | Unset, self._data.get("isActiveOnAllEventTypes", UNSET))

    @property
    def active_on_event_type_ids(self) -> list[int] | Unset:
        """List of Event Type IDs the workflow is specifically active on (if not active on all)"""
        active_on_event_type_ids = cast(list[int], self._data.get("activeOnEventTypeIds", UNSET))

        return active_on_event_type_ids
