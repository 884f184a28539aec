# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
)
from cal_async._models import ApiModel

from .on_reschedule_trigger_dto_type import OnRescheduleTriggerDtoType

if TYPE_CHECKING:
    pass


class OnRescheduleTriggerDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    type_: OnRescheduleTriggerDtoType = field("type", enum_of(OnRescheduleTriggerDtoType), required=True)
    """ Trigger type for the workflow """

    def __init__(
        self,
        *,
        type_: OnRescheduleTriggerDtoType,
    ) -> None:
        self._set(
            {
                "type": type_,
            }
        )


class OnRescheduleTriggerDtoDict(TypedDict, total=False):
    """``OnRescheduleTriggerDto`` as a plain dict with the API's JSON names, for request bodies."""

    type: Required[OnRescheduleTriggerDtoType | Literal["rescheduleEvent"]]
