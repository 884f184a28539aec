# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.on_cancel_trigger_dto_type import OnCancelTriggerDtoType


class OnCancelTriggerDto(ApiModel):
    """
    Attributes:
        type_ (OnCancelTriggerDtoType): Trigger type for the workflow Default: OnCancelTriggerDtoType.EVENTCANCELLED.
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
        type_: OnCancelTriggerDtoType,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = OnCancelTriggerDtoType(type_).value

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> OnCancelTriggerDtoType:
        """Trigger type for the workflow"""
        type_ = OnCancelTriggerDtoType(self._req("type"))

        return type_
