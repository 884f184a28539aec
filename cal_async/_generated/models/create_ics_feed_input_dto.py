# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    BOOL,
    STR,
    field,
    list_of,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class CreateIcsFeedInputDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    urls: list[str] = field("urls", list_of(STR), required=True)
    """ An array of ICS URLs """
    read_only: bool | Unset = field("readOnly", BOOL, required=False)
    """ Whether to allowing writing to the calendar or not """

    def __init__(
        self,
        *,
        urls: list[str],
        read_only: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "urls": urls,
                "readOnly": read_only,
            }
        )


class CreateIcsFeedInputDtoDict(TypedDict, total=False):
    """``CreateIcsFeedInputDto`` as a plain dict with the API's JSON names, for request bodies."""

    urls: Required[Sequence[str]]
    readOnly: bool
