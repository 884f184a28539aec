# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    BOOL,
    INT,
    enum_of,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .host_priority import HostPriority

if TYPE_CHECKING:
    pass


class Host(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    user_id: int = field("userId", INT, required=True)
    """ Which user is the host of this event """
    mandatory: bool | Unset = field("mandatory", BOOL, required=False)
    """ Only relevant for round robin event types. If true then the user must attend round robin event
    always. """
    priority: HostPriority | Unset = field("priority", enum_of(HostPriority), required=False)

    def __init__(
        self,
        *,
        user_id: int,
        mandatory: bool | Unset = UNSET,
        priority: HostPriority | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "userId": user_id,
                "mandatory": mandatory,
                "priority": priority,
            }
        )


class HostDict(TypedDict, total=False):
    """``Host`` as a plain dict with the API's JSON names, for request bodies."""

    userId: Required[int]
    mandatory: bool
    priority: HostPriority | Literal["high", "highest", "low", "lowest", "medium"]
