# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    from .calendar_link import CalendarLink, CalendarLinkDict

    pass


class CalendarLinksOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: str = field("status", STR, required=True)
    """ The status of the request, always 'success' for successful responses """
    data: list[CalendarLink] = field("data", list_of(model("calendar_link", "CalendarLink")), required=True)
    """ Calendar links for the booking """

    def __init__(
        self,
        *,
        status: str,
        data: list[CalendarLink],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class CalendarLinksOutputDict(TypedDict, total=False):
    """``CalendarLinksOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[str]
    data: Required[Sequence[CalendarLink | CalendarLinkDict]]
