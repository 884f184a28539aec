# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    FLOAT,
    enum_of,
    field,
)
from cal_async._models import ApiModel

from .recurrence_frequency import RecurrenceFrequency

if TYPE_CHECKING:
    pass


class Recurrence(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    interval: float = field("interval", FLOAT, required=True)
    """ Repeats every {count} week | month | year """
    occurrences: float = field("occurrences", FLOAT, required=True)
    """ Repeats for a maximum of {count} events """
    frequency: RecurrenceFrequency = field("frequency", enum_of(RecurrenceFrequency), required=True)

    def __init__(
        self,
        *,
        interval: float,
        occurrences: float,
        frequency: RecurrenceFrequency,
    ) -> None:
        self._set(
            {
                "interval": interval,
                "occurrences": occurrences,
                "frequency": frequency,
            }
        )


class RecurrenceDict(TypedDict, total=False):
    """``Recurrence`` as a plain dict with the API's JSON names, for request bodies."""

    interval: Required[float]
    occurrences: Required[float]
    frequency: Required[RecurrenceFrequency | Literal["monthly", "weekly", "yearly"]]
