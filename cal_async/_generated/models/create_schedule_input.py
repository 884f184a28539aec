# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Required, TypedDict

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


class CreateScheduleInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    name: str = field("name", STR, required=True)
    time_zone: str = field("timeZone", STR, required=True)
    """ Timezone is used to calculate available times when an event using the schedule is booked. """
    is_default: bool = field("isDefault", BOOL, required=True)
    """ Each user should have 1 default schedule. If you specified `timeZone` when creating managed user,
    then the default schedule will be created with that timezone.
        Default schedule means that if an event type is not tied to a specific schedule then the default
    schedule is used. """
    availability: list[ScheduleAvailabilityInput] | Unset = field(
        "availability", list_of(model("schedule_availability_input", "ScheduleAvailabilityInput")), required=False
    )
    """ Each object contains days and times when the user is available. If not passed, the default
    availability is Monday to Friday from 09:00 to 17:00. """
    overrides: list[ScheduleOverrideInput] | Unset = field(
        "overrides", list_of(model("schedule_override_input", "ScheduleOverrideInput")), required=False
    )
    """ Need to change availability for a specific date? Add an override. """

    def __init__(
        self,
        *,
        name: str,
        time_zone: str,
        is_default: bool,
        availability: list[ScheduleAvailabilityInput] | Unset = UNSET,
        overrides: list[ScheduleOverrideInput] | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "name": name,
                "timeZone": time_zone,
                "isDefault": is_default,
                "availability": availability,
                "overrides": overrides,
            }
        )


class CreateScheduleInputDict(TypedDict, total=False):
    """``CreateScheduleInput`` as a plain dict with the API's JSON names, for request bodies."""

    name: Required[str]
    timeZone: Required[str]
    isDefault: Required[bool]
    availability: Sequence[ScheduleAvailabilityInput | ScheduleAvailabilityInputDict]
    overrides: Sequence[ScheduleOverrideInput | ScheduleOverrideInputDict]
