# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class CreateCalendarCredentialsInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    username: str = field("username", STR, required=True)
    password: str = field("password", STR, required=True)

    def __init__(
        self,
        *,
        username: str,
        password: str,
    ) -> None:
        self._set(
            {
                "username": username,
                "password": password,
            }
        )


class CreateCalendarCredentialsInputDict(TypedDict, total=False):
    """``CreateCalendarCredentialsInput`` as a plain dict with the API's JSON names, for request bodies."""

    username: Required[str]
    password: Required[str]
