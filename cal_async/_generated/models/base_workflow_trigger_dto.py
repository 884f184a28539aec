# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.base_workflow_trigger_dto_type import BaseWorkflowTriggerDtoType


class BaseWorkflowTriggerDto(ApiModel):
    """
    Attributes:
        type_ (BaseWorkflowTriggerDtoType): Trigger type for the workflow
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
        type_: BaseWorkflowTriggerDtoType,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = BaseWorkflowTriggerDtoType(type_).value

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> BaseWorkflowTriggerDtoType:
        """Trigger type for the workflow"""
        type_ = BaseWorkflowTriggerDtoType(self._req("type"))

        return type_
