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

from .calendar_event_sip_location_type import CalendarEventSipLocationType

if TYPE_CHECKING:
    pass


class CalendarEventSipLocation(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    type_: CalendarEventSipLocationType = field("type", enum_of(CalendarEventSipLocationType), required=True)
    """ Indicates this is a SIP (Session Initiation Protocol) conference location """
    url: str = field("url", STR, required=True)
    """ SIP URL for joining the conference """
    label: str | None | Unset = field("label", nullable(STR), required=False)
    """ Display name for the SIP conference """
    pin: str | None | Unset = field("pin", nullable(STR), required=False)
    """ PIN number required for the SIP conference """
    password: str | None | Unset = field("password", nullable(STR), required=False)
    """ Password required for the SIP conference """

    def __init__(
        self,
        *,
        type_: CalendarEventSipLocationType,
        url: str,
        label: str | None | Unset = UNSET,
        pin: str | None | Unset = UNSET,
        password: str | None | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "type": type_,
                "url": url,
                "label": label,
                "pin": pin,
                "password": password,
            }
        )


class CalendarEventSipLocationDict(TypedDict, total=False):
    """``CalendarEventSipLocation`` as a plain dict with the API's JSON names, for request bodies."""

    type: Required[CalendarEventSipLocationType | Literal["sip"]]
    url: Required[str]
    label: str | None
    pin: str | None
    password: str | None
