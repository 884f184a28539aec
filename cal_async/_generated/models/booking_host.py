# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    INT,
    STR,
    field,
    nullable,
    one_of,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class BookingHost(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int | str = field("id", one_of(INT, STR), required=True)
    name: str | None = field("name", nullable(STR), required=True)
    email: str = field("email", STR, required=True)
    username: str = field("username", STR, required=True)
    time_zone: str | Unset = field("timeZone", STR, required=False)

    def __init__(
        self,
        *,
        id: int | str,
        name: str | None,
        email: str,
        username: str,
        time_zone: str | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "id": id,
                "name": name,
                "email": email,
                "username": username,
                "timeZone": time_zone,
            }
        )


class BookingHostDict(TypedDict, total=False):
    """``BookingHost`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int | str]
    name: Required[str | None]
    email: Required[str]
    username: Required[str]
    timeZone: str
