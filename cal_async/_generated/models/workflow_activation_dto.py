# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    BOOL,
    INT,
    field,
    list_of,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class WorkflowActivationDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    is_active_on_all_event_types: bool = field("isActiveOnAllEventTypes", BOOL, required=True)
    """ Whether the workflow is active for all the event-types """
    active_on_event_type_ids: list[int] | Unset = field("activeOnEventTypeIds", list_of(INT), required=False)
    """ List of event-types IDs the workflow applies to, required if isActiveOnAllEventTypes is false """

    def __init__(
        self,
        *,
        is_active_on_all_event_types: bool,
        active_on_event_type_ids: list[int] | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "isActiveOnAllEventTypes": is_active_on_all_event_types,
                "activeOnEventTypeIds": active_on_event_type_ids,
            }
        )


class WorkflowActivationDtoDict(TypedDict, total=False):
    """``WorkflowActivationDto`` as a plain dict with the API's JSON names, for request bodies."""

    isActiveOnAllEventTypes: Required[bool]
    activeOnEventTypeIds: Sequence[int]
