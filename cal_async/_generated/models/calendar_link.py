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


class CalendarLink(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    label: str = field("label", STR, required=True)
    """ The label of the calendar link """
    link: str = field("link", STR, required=True)
    """ The link to the calendar """

    def __init__(
        self,
        *,
        label: str,
        link: str,
    ) -> None:
        self._set(
            {
                "label": label,
                "link": link,
            }
        )


class CalendarLinkDict(TypedDict, total=False):
    """``CalendarLink`` as a plain dict with the API's JSON names, for request bodies."""

    label: Required[str]
    link: Required[str]
