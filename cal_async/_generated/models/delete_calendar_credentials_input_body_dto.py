# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    INT,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class DeleteCalendarCredentialsInputBodyDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int = field("id", INT, required=True)
    """ Credential ID of the calendar to delete, as returned by the /calendars endpoint """

    def __init__(
        self,
        *,
        id: int,
    ) -> None:
        self._set(
            {
                "id": id,
            }
        )


class DeleteCalendarCredentialsInputBodyDtoDict(TypedDict, total=False):
    """``DeleteCalendarCredentialsInputBodyDto`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
