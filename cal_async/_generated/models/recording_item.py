# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class RecordingItem(ApiModel):
    """
    Attributes:
        id (str):  Example: 1234567890.
        room_name (str):  Example: daily-video-room-123.
        start_ts (float):  Example: 1678901234.
        status (str):  Example: completed.
        duration (float):  Example: 3600.
        share_token (str):  Example: share-token-123.
        max_participants (float | Unset):  Example: 10.
        download_link (None | str | Unset):  Example: https://cal-video-recordings.s3.us-
            east-2.amazonaws.com/meetco/123s.
        error (None | str | Unset):  Example: Error message.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "roomName",
            "startTs",
            "status",
            "duration",
            "shareToken",
            "maxParticipants",
            "downloadLink",
            "error",
        }
    )
    _required = frozenset(
        {
            "id",
            "roomName",
            "startTs",
            "status",
            "duration",
            "shareToken",
        }
    )

    def __init__(
        self,
        *,
        id: str,
        room_name: str,
        start_ts: float,
        status: str,
        duration: float,
        share_token: str,
        max_participants: float | Unset = UNSET,
        download_link: None | str | Unset = UNSET,
        error: None | str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["roomName"] = room_name

        data["startTs"] = start_ts

        data["status"] = status

        data["duration"] = duration

        data["shareToken"] = share_token

        _max_participants = max_participants

        if not isinstance(_max_participants, Unset):
            data["maxParticipants"] = _max_participants

        if isinstance(download_link, Unset):
            _download_link = UNSET
        else:
            _download_link = download_link

        if not isinstance(_download_link, Unset):
            data["downloadLink"] = _download_link

        if isinstance(error, Unset):
            _error = UNSET
        else:
            _error = error

        if not isinstance(_error, Unset):
            data["error"] = _error
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> str:
        return cast(str, self._req("id"))

    @property
    def room_name(self) -> str:
        return cast(str, self._req("roomName"))

    @property
    def start_ts(self) -> float:
        return cast(float, self._req("startTs"))

    @property
    def status(self) -> str:
        return cast(str, self._req("status"))

    @property
    def duration(self) -> float:
        return cast(float, self._req("duration"))

    @property
    def share_token(self) -> str:
        return cast(str, self._req("shareToken"))

    @property
    def max_participants(self) -> float | Unset:
        return cast(float | Unset, self._data.get("maxParticipants", UNSET))

    @property
    def download_link(self) -> None | str | Unset:
        def _parse_download_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_link = _parse_download_link(self._data.get("downloadLink", UNSET))

        return download_link

    @property
    def error(self) -> None | str | Unset:
        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(self._data.get("error", UNSET))

        return error
