# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from cal_async._fields import (
    ANY,
    BOOL,
    INT,
    STR,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .availability_model import AvailabilityModel, AvailabilityModelDict
    from .schedule_output_legacy_date_overrides_item import ScheduleOutputLegacyDateOverridesItem
    from .working_hours import WorkingHours, WorkingHoursDict

    pass


class ScheduleOutputLegacy(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int = field("id", INT, required=True)
    name: str = field("name", STR, required=True)
    is_managed: bool = field("isManaged", BOOL, required=True)
    working_hours: list[WorkingHours] = field(
        "workingHours", list_of(model("working_hours", "WorkingHours")), required=True
    )
    schedule: list[AvailabilityModel] = field(
        "schedule", list_of(model("availability_model", "AvailabilityModel")), required=True
    )
    availability: list[list[Any]] = field("availability", list_of(list_of(ANY)), required=True)
    time_zone: str = field("timeZone", STR, required=True)
    is_default: bool = field("isDefault", BOOL, required=True)
    is_last_schedule: bool = field("isLastSchedule", BOOL, required=True)
    read_only: bool = field("readOnly", BOOL, required=True)
    date_overrides: list[ScheduleOutputLegacyDateOverridesItem] | Unset = field(
        "dateOverrides",
        list_of(model("schedule_output_legacy_date_overrides_item", "ScheduleOutputLegacyDateOverridesItem")),
        required=False,
    )

    def __init__(
        self,
        *,
        id: int,
        name: str,
        is_managed: bool,
        working_hours: list[WorkingHours],
        schedule: list[AvailabilityModel],
        availability: list[list[Any]],
        time_zone: str,
        is_default: bool,
        is_last_schedule: bool,
        read_only: bool,
        date_overrides: list[ScheduleOutputLegacyDateOverridesItem] | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "id": id,
                "name": name,
                "isManaged": is_managed,
                "workingHours": working_hours,
                "schedule": schedule,
                "availability": availability,
                "timeZone": time_zone,
                "isDefault": is_default,
                "isLastSchedule": is_last_schedule,
                "readOnly": read_only,
                "dateOverrides": date_overrides,
            }
        )


class ScheduleOutputLegacyDict(TypedDict, total=False):
    """``ScheduleOutputLegacy`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    name: Required[str]
    isManaged: Required[bool]
    workingHours: Required[Sequence[WorkingHours | WorkingHoursDict]]
    schedule: Required[Sequence[AvailabilityModel | AvailabilityModelDict]]
    availability: Required[Sequence[Sequence[Any]]]
    timeZone: Required[str]
    isDefault: Required[bool]
    isLastSchedule: Required[bool]
    readOnly: Required[bool]
    dateOverrides: Sequence[ScheduleOutputLegacyDateOverridesItem | Mapping[str, Any]]
