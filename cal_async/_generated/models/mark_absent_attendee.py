# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    BOOL,
    STR,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class MarkAbsentAttendee(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    email: str = field("email", STR, required=True)
    absent: bool = field("absent", BOOL, required=True)

    def __init__(
        self,
        *,
        email: str,
        absent: bool,
    ) -> None:
        self._set(
            {
                "email": email,
                "absent": absent,
            }
        )


class MarkAbsentAttendeeDict(TypedDict, total=False):
    """``MarkAbsentAttendee`` as a plain dict with the API's JSON names, for request bodies."""

    email: Required[str]
    absent: Required[bool]
