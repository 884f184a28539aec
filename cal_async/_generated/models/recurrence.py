# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.recurrence_frequency import RecurrenceFrequency


class Recurrence(ApiModel):
    """
    Attributes:
        interval (float): Repeats every {count} week | month | year Example: 10.
        occurrences (float): Repeats for a maximum of {count} events Example: 10.
        frequency (RecurrenceFrequency):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "interval",
            "occurrences",
            "frequency",
        }
    )
    _required = frozenset(
        {
            "interval",
            "occurrences",
            "frequency",
        }
    )

    def __init__(
        self,
        *,
        interval: float,
        occurrences: float,
        frequency: RecurrenceFrequency,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["interval"] = interval

        data["occurrences"] = occurrences

        data["frequency"] = RecurrenceFrequency(frequency).value

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def interval(self) -> float:
        """Repeats every {count} week | month | year"""
        return cast(float, self._req("interval"))

    @property
    def occurrences(self) -> float:
        """Repeats for a maximum of {count} events"""
        return cast(float, self._req("occurrences"))

    @property
    def frequency(self) -> RecurrenceFrequency:
        frequency = RecurrenceFrequency(self._req("frequency"))

        return frequency
