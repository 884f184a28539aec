# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    BOOL,
    INT,
    STR,
    field,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class ConferencingAppsOutputDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int = field("id", INT, required=True)
    """ Id of the conferencing app credentials """
    type_: str = field("type", STR, required=True)
    """ Type of conferencing app """
    user_id: int | None = field("userId", nullable(INT), required=True)
    """ Id of the user associated to the conferencing app """
    invalid: bool | None | Unset = field("invalid", nullable(BOOL), required=False)
    """ Whether if the connection is working or not. """

    def __init__(
        self,
        *,
        id: int,
        type_: str,
        user_id: int | None,
        invalid: bool | None | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "id": id,
                "type": type_,
                "userId": user_id,
                "invalid": invalid,
            }
        )


class ConferencingAppsOutputDtoDict(TypedDict, total=False):
    """``ConferencingAppsOutputDto`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    type: Required[str]
    userId: Required[int | None]
    invalid: bool | None
