# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    FLOAT,
    INT,
    STR,
    field,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class RecordingItem(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: str = field("id", STR, required=True)
    room_name: str = field("roomName", STR, required=True)
    start_ts: float = field("startTs", FLOAT, required=True)
    status: str = field("status", STR, required=True)
    duration: int = field("duration", INT, required=True)
    share_token: str = field("shareToken", STR, required=True)
    max_participants: float | Unset = field("maxParticipants", FLOAT, required=False)
    download_link: str | None | Unset = field("downloadLink", nullable(STR), required=False)
    error: str | None | Unset = field("error", nullable(STR), required=False)

    def __init__(
        self,
        *,
        id: str,
        room_name: str,
        start_ts: float,
        status: str,
        duration: int,
        share_token: str,
        max_participants: float | Unset = UNSET,
        download_link: str | None | Unset = UNSET,
        error: str | None | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "id": id,
                "roomName": room_name,
                "startTs": start_ts,
                "status": status,
                "duration": duration,
                "shareToken": share_token,
                "maxParticipants": max_participants,
                "downloadLink": download_link,
                "error": error,
            }
        )


class RecordingItemDict(TypedDict, total=False):
    """``RecordingItem`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[str]
    roomName: Required[str]
    startTs: Required[float]
    status: Required[str]
    duration: Required[int]
    shareToken: Required[str]
    maxParticipants: float
    downloadLink: str | None
    error: str | None
