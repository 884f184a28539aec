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

from .calendar_event_video_location_type import CalendarEventVideoLocationType

if TYPE_CHECKING:
    pass


class CalendarEventVideoLocation(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    type_: CalendarEventVideoLocationType = field("type", enum_of(CalendarEventVideoLocationType), required=True)
    """ Indicates this is a video conference location """
    url: str = field("url", STR, required=True)
    """ URL for joining the video conference """
    label: str | None | Unset = field("label", nullable(STR), required=False)
    """ Display name for the video conference """
    password: str | None | Unset = field("password", nullable(STR), required=False)
    """ Password required to join the video conference """
    meeting_code: str | None | Unset = field("meetingCode", nullable(STR), required=False)
    """ Meeting code or ID required to join the conference """
    access_code: str | None | Unset = field("accessCode", nullable(STR), required=False)
    """ Access code required to join the conference """

    def __init__(
        self,
        *,
        type_: CalendarEventVideoLocationType,
        url: str,
        label: str | None | Unset = UNSET,
        password: str | None | Unset = UNSET,
        meeting_code: str | None | Unset = UNSET,
        access_code: str | None | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "type": type_,
                "url": url,
                "label": label,
                "password": password,
                "meetingCode": meeting_code,
                "accessCode": access_code,
            }
        )


class CalendarEventVideoLocationDict(TypedDict, total=False):
    """``CalendarEventVideoLocation`` as a plain dict with the API's JSON names, for request bodies."""

    type: Required[CalendarEventVideoLocationType | Literal["video"]]
    url: Required[str]
    label: str | None
    password: str | None
    meetingCode: str | None
    accessCode: str | None
