# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    STR,
    enum_of,
    field,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .calendar_event_more_location_type import CalendarEventMoreLocationType

if TYPE_CHECKING:
    pass


class CalendarEventMoreLocation(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    type_: CalendarEventMoreLocationType = field("type", enum_of(CalendarEventMoreLocationType), required=True)
    """ Indicates this is an additional conference location type """
    url: str = field("url", STR, required=True)
    """ URL for accessing this location """
    label: str | None | Unset = field("label", nullable(STR), required=False)
    """ Display name for this location """

    def __init__(
        self,
        *,
        type_: CalendarEventMoreLocationType,
        url: str,
        label: str | None | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "type": type_,
                "url": url,
                "label": label,
            }
        )


class CalendarEventMoreLocationDict(TypedDict, total=False):
    """``CalendarEventMoreLocation`` as a plain dict with the API's JSON names, for request bodies."""

    type: Required[CalendarEventMoreLocationType | Literal["more"]]
    url: Required[str]
    label: str | None
