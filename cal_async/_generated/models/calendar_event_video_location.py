# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.calendar_event_video_location_type import CalendarEventVideoLocationType
from ..types import UNSET, Unset


class CalendarEventVideoLocation(ApiModel):
    """
    Attributes:
        type_ (CalendarEventVideoLocationType): Indicates this is a video conference location Default:
            CalendarEventVideoLocationType.VIDEO.
        url (str): URL for joining the video conference
        label (None | str | Unset): Display name for the video conference
        password (None | str | Unset): Password required to join the video conference
        meeting_code (None | str | Unset): Meeting code or ID required to join the conference
        access_code (None | str | Unset): Access code required to join the conference
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "type",
            "url",
            "label",
            "password",
            "meetingCode",
            "accessCode",
        }
    )
    _required = frozenset(
        {
            "type",
            "url",
        }
    )

    def __init__(
        self,
        *,
        type_: CalendarEventVideoLocationType,
        url: str,
        label: None | str | Unset = UNSET,
        password: None | str | Unset = UNSET,
        meeting_code: None | str | Unset = UNSET,
        access_code: None | str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = CalendarEventVideoLocationType(type_).value

        data["url"] = url

        if isinstance(label, Unset):
            _label = UNSET
        else:
            _label = label

        if not isinstance(_label, Unset):
            data["label"] = _label

        if isinstance(password, Unset):
            _password = UNSET
        else:
            _password = password

        if not isinstance(_password, Unset):
            data["password"] = _password

        if isinstance(meeting_code, Unset):
            _meeting_code = UNSET
        else:
            _meeting_code = meeting_code

        if not isinstance(_meeting_code, Unset):
            data["meetingCode"] = _meeting_code

        if isinstance(access_code, Unset):
            _access_code = UNSET
        else:
            _access_code = access_code

        if not isinstance(_access_code, Unset):
            data["accessCode"] = _access_code
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> CalendarEventVideoLocationType:
        """Indicates this is a video conference location"""
        type_ = CalendarEventVideoLocationType(self._req("type"))

        return type_

    @property
    def url(self) -> str:
        """URL for joining the video conference"""
        return cast(str, self._req("url"))

    @property
    def label(self) -> None | str | Unset:
        """Display name for the video conference"""

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(self._data.get("label", UNSET))

        return label

    @property
    def password(self) -> None | str | Unset:
        """Password required to join the video conference"""

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(self._data.get("password", UNSET))

        return password

    @property
    def meeting_code(self) -> None | str | Unset:
        """Meeting code or ID required to join the conference"""

        def _parse_meeting_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meeting_code = _parse_meeting_code(self._data.get("meetingCode", UNSET))

        return meeting_code

    @property
    def access_code(self) -> None | str | Unset:
        """Access code required to join the conference"""

        def _parse_access_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        access_code = _parse_access_code(self._data.get("accessCode", UNSET))

        return access_code
