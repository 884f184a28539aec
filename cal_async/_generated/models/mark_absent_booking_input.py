# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypedDict

from cal_async._fields import (
    BOOL,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .mark_absent_attendee import MarkAbsentAttendee, MarkAbsentAttendeeDict

    pass


class MarkAbsentBookingInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    host: bool | Unset = field("host", BOOL, required=False)
    """ Whether the host was absent """
    attendees: list[MarkAbsentAttendee] | Unset = field(
        "attendees", list_of(model("mark_absent_attendee", "MarkAbsentAttendee")), required=False
    )

    def __init__(
        self,
        *,
        host: bool | Unset = UNSET,
        attendees: list[MarkAbsentAttendee] | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "host": host,
                "attendees": attendees,
            }
        )


class MarkAbsentBookingInputDict(TypedDict, total=False):
    """``MarkAbsentBookingInput`` as a plain dict with the API's JSON names, for request bodies."""

    host: bool
    attendees: Sequence[MarkAbsentAttendee | MarkAbsentAttendeeDict]
