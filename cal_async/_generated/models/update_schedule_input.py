# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypedDict

from cal_async._fields import (
    BOOL,
    STR,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .schedule_availability_input import ScheduleAvailabilityInput, ScheduleAvailabilityInputDict
    from .schedule_override_input import ScheduleOverrideInput, ScheduleOverrideInputDict

    pass


class UpdateScheduleInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    name: str | Unset = field("name", STR, required=False)
    time_zone: str | Unset = field("timeZone", STR, required=False)
    availability: list[ScheduleAvailabilityInput] | Unset = field(
        "availability", list_of(model("schedule_availability_input", "ScheduleAvailabilityInput")), required=False
    )
    is_default: bool | Unset = field("isDefault", BOOL, required=False)
    overrides: list[ScheduleOverrideInput] | Unset = field(
        "overrides", list_of(model("schedule_override_input", "ScheduleOverrideInput")), required=False
    )

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        availability: list[ScheduleAvailabilityInput] | Unset = UNSET,
        is_default: bool | Unset = UNSET,
        overrides: list[ScheduleOverrideInput] | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "name": name,
                "timeZone": time_zone,
                "availability": availability,
                "isDefault": is_default,
                "overrides": overrides,
            }
        )


class UpdateScheduleInputDict(TypedDict, total=False):
    """``UpdateScheduleInput`` as a plain dict with the API's JSON names, for request bodies."""

    name: str
    timeZone: str
    availability: Sequence[ScheduleAvailabilityInput | ScheduleAvailabilityInputDict]
    isDefault: bool
    overrides: Sequence[ScheduleOverrideInput | ScheduleOverrideInputDict]
