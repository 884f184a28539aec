# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.on_creation_trigger_dto_type import OnCreationTriggerDtoType


class OnCreationTriggerDto(ApiModel):
    """
    Attributes:
        type_ (OnCreationTriggerDtoType): Trigger type for the workflow Default: OnCreationTriggerDtoType.NEWEVENT.
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
        type_: OnCreationTriggerDtoType,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = OnCreationTriggerDtoType(type_).value

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> OnCreationTriggerDtoType:
        """Trigger type for the workflow"""
        type_ = OnCreationTriggerDtoType(self._req("type"))

        return type_
