# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.calendar_event_sip_location_type import CalendarEventSipLocationType
from ..types import UNSET, Unset


class CalendarEventSipLocation(ApiModel):
    """
    Attributes:
        type_ (CalendarEventSipLocationType): Indicates this is a SIP (Session Initiation Protocol) conference location
            Default: CalendarEventSipLocationType.SIP.
        url (str): SIP URL for joining the conference
        label (None | str | Unset): Display name for the SIP conference
        pin (None | str | Unset): PIN number required for the SIP conference
        password (None | str | Unset): Password required for the SIP conference
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "type",
            "url",
            "label",
            "pin",
            "password",
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
        type_: CalendarEventSipLocationType,
        url: str,
        label: None | str | Unset = UNSET,
        pin: None | str | Unset = UNSET,
        password: None | str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = CalendarEventSipLocationType(type_).value

        data["url"] = url

        if isinstance(label, Unset):
            _label = UNSET
        else:
            _label = label

        if not isinstance(_label, Unset):
            data["label"] = _label

        if isinstance(pin, Unset):
            _pin = UNSET
        else:
            _pin = pin

        if not isinstance(_pin, Unset):
            data["pin"] = _pin

        if isinstance(password, Unset):
            _password = UNSET
        else:
            _password = password

        if not isinstance(_password, Unset):
            data["password"] = _password
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> CalendarEventSipLocationType:
        """Indicates this is a SIP (Session Initiation Protocol) conference location"""
        type_ = CalendarEventSipLocationType(self._req("type"))

        return type_

    @property
    def url(self) -> str:
        """SIP URL for joining the conference"""
        return cast(str, self._req("url"))

    @property
    def label(self) -> None | str | Unset:
        """Display name for the SIP conference"""

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(self._data.get("label", UNSET))

        return label

    @property
    def pin(self) -> None | str | Unset:
        """PIN number required for the SIP conference"""

        def _parse_pin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pin = _parse_pin(self._data.get("pin", UNSET))

        return pin

    @property
    def password(self) -> None | str | Unset:
        """Password required for the SIP conference"""

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(self._data.get("password", UNSET))

        return password
