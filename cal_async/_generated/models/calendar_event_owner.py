# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class CalendarEventOwner(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    email: str = field("email", STR, required=True)
    """ Email address of the event host """
    name: str | None | Unset = field("name", nullable(STR), required=False)
    """ Display name of the event host """

    def __init__(
        self,
        *,
        email: str,
        name: str | None | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "email": email,
                "name": name,
            }
        )


class CalendarEventOwnerDict(TypedDict, total=False):
    """``CalendarEventOwner`` as a plain dict with the API's JSON names, for request bodies."""

    email: Required[str]
    name: str | None
