# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class WorkflowActivationDto(ApiModel):
    """
    Attributes:
        is_active_on_all_event_types (bool): Whether the workflow is active for all the event-types Default: False.
            Example: False.
        active_on_event_type_ids (list[int] | Unset): List of event-types IDs the workflow applies to, required if
            isActiveOnAllEventTypes is false Example: [698191].
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "isActiveOnAllEventTypes",
            "activeOnEventTypeIds",
        }
    )
    _required = frozenset(
        {
            "isActiveOnAllEventTypes",
        }
    )

    def __init__(
        self,
        *,
        is_active_on_all_event_types: bool,
        active_on_event_type_ids: list[int] | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["isActiveOnAllEventTypes"] = is_active_on_all_event_types

        _active_on_event_type_ids = UNSET
        if not isinstance(active_on_event_type_ids, Unset):
            _active_on_event_type_ids = active_on_event_type_ids

        if not isinstance(_active_on_event_type_ids, Unset):
            data["activeOnEventTypeIds"] = _active_on_event_type_ids
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def is_active_on_all_event_types(self) -> bool:
        """Whether the workflow is active for all the event-types"""
        return cast(bool, self._req("isActiveOnAllEventTypes"))

    @property
    def active_on_event_type_ids(self) -> list[int] | Unset:
        """List of event-types IDs the workflow applies to, required if isActiveOnAllEventTypes is false"""
        active_on_event_type_ids = cast(list[int], self._data.get("activeOnEventTypeIds", UNSET))

        return active_on_event_type_ids
