# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
)
from cal_async._models import ApiModel

from .on_creation_trigger_dto_type import OnCreationTriggerDtoType

if TYPE_CHECKING:
    pass


class OnCreationTriggerDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    type_: OnCreationTriggerDtoType = field("type", enum_of(OnCreationTriggerDtoType), required=True)
    """ Trigger type for the workflow """

    def __init__(
        self,
        *,
        type_: OnCreationTriggerDtoType,
    ) -> None:
        self._set(
            {
                "type": type_,
            }
        )


class OnCreationTriggerDtoDict(TypedDict, total=False):
    """``OnCreationTriggerDto`` as a plain dict with the API's JSON names, for request bodies."""

    type: Required[OnCreationTriggerDtoType | Literal["newEvent"]]
