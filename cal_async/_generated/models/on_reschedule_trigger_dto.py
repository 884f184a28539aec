# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.on_reschedule_trigger_dto_type import OnRescheduleTriggerDtoType


class OnRescheduleTriggerDto(ApiModel):
    """
    Attributes:
        type_ (OnRescheduleTriggerDtoType): Trigger type for the workflow Default:
            OnRescheduleTriggerDtoType.RESCHEDULEEVENT.
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
        type_: OnRescheduleTriggerDtoType,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = OnRescheduleTriggerDtoType(type_).value

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> OnRescheduleTriggerDtoType:
        """Trigger type for the workflow"""
        type_ = OnRescheduleTriggerDtoType(self._req("type"))

        return type_
