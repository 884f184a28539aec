# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    BOOL,
    INT,
    STR,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    from .schedule_availability_input import ScheduleAvailabilityInput, ScheduleAvailabilityInputDict
    from .schedule_override_input import ScheduleOverrideInput, ScheduleOverrideInputDict

    pass


class ScheduleOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int = field("id", INT, required=True)
    owner_id: int = field("ownerId", INT, required=True)
    name: str = field("name", STR, required=True)
    time_zone: str = field("timeZone", STR, required=True)
    availability: list[ScheduleAvailabilityInput] = field(
        "availability", list_of(model("schedule_availability_input", "ScheduleAvailabilityInput")), required=True
    )
    is_default: bool = field("isDefault", BOOL, required=True)
    overrides: list[ScheduleOverrideInput] = field(
        "overrides", list_of(model("schedule_override_input", "ScheduleOverrideInput")), required=True
    )

    def __init__(
        self,
        *,
        id: int,
        owner_id: int,
        name: str,
        time_zone: str,
        availability: list[ScheduleAvailabilityInput],
        is_default: bool,
        overrides: list[ScheduleOverrideInput],
    ) -> None:
        self._set(
            {
                "id": id,
                "ownerId": owner_id,
                "name": name,
                "timeZone": time_zone,
                "availability": availability,
                "isDefault": is_default,
                "overrides": overrides,
            }
        )


class ScheduleOutputDict(TypedDict, total=False):
    """``ScheduleOutput`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    ownerId: Required[int]
    name: Required[str]
    timeZone: Required[str]
    availability: Required[Sequence[ScheduleAvailabilityInput | ScheduleAvailabilityInputDict]]
    isDefault: Required[bool]
    overrides: Required[Sequence[ScheduleOverrideInput | ScheduleOverrideInputDict]]
