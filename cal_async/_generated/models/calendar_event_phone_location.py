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

from .calendar_event_phone_location_type import CalendarEventPhoneLocationType

if TYPE_CHECKING:
    pass


class CalendarEventPhoneLocation(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    type_: CalendarEventPhoneLocationType = field("type", enum_of(CalendarEventPhoneLocationType), required=True)
    """ Indicates this is a phone conference location """
    url: str = field("url", STR, required=True)
    """ Phone number or URL for dialing into the conference """
    label: str | None | Unset = field("label", nullable(STR), required=False)
    """ Display name for the phone conference """
    pin: str | None | Unset = field("pin", nullable(STR), required=False)
    """ PIN number required for the phone conference """
    password: str | None | Unset = field("password", nullable(STR), required=False)
    """ Password required for the phone conference """
    access_code: str | None | Unset = field("accessCode", nullable(STR), required=False)
    """ Access code required for the phone conference """
    region_code: str | None | Unset = field("regionCode", nullable(STR), required=False)
    """ Country/region code for the phone number """

    def __init__(
        self,
        *,
        type_: CalendarEventPhoneLocationType,
        url: str,
        label: str | None | Unset = UNSET,
        pin: str | None | Unset = UNSET,
        password: str | None | Unset = UNSET,
        access_code: str | None | Unset = UNSET,
        region_code: str | None | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "type": type_,
                "url": url,
                "label": label,
                "pin": pin,
                "password": password,
                "accessCode": access_code,
                "regionCode": region_code,
            }
        )


class CalendarEventPhoneLocationDict(TypedDict, total=False):
    """``CalendarEventPhoneLocation`` as a plain dict with the API's JSON names, for request bodies."""

    type: Required[CalendarEventPhoneLocationType | Literal["phone"]]
    url: Required[str]
    label: str | None
    pin: str | None
    password: str | None
    accessCode: str | None
    regionCode: str | None
