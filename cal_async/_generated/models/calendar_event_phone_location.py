# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.calendar_event_phone_location_type import CalendarEventPhoneLocationType
from ..types import UNSET, Unset


class CalendarEventPhoneLocation(ApiModel):
    """
    Attributes:
        type_ (CalendarEventPhoneLocationType): Indicates this is a phone conference location Default:
            CalendarEventPhoneLocationType.PHONE.
        url (str): Phone number or URL for dialing into the conference
        label (None | str | Unset): Display name for the phone conference
        pin (None | str | Unset): PIN number required for the phone conference
        password (None | str | Unset): Password required for the phone conference
        access_code (None | str | Unset): Access code required for the phone conference
        region_code (None | str | Unset): Country/region code for the phone number
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "type",
            "url",
            "label",
            "pin",
            "password",
            "accessCode",
            "regionCode",
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
        type_: CalendarEventPhoneLocationType,
        url: str,
        label: None | str | Unset = UNSET,
        pin: None | str | Unset = UNSET,
        password: None | str | Unset = UNSET,
        access_code: None | str | Unset = UNSET,
        region_code: None | str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = CalendarEventPhoneLocationType(type_).value

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

        if isinstance(access_code, Unset):
            _access_code = UNSET
        else:
            _access_code = access_code

        if not isinstance(_access_code, Unset):
            data["accessCode"] = _access_code

        if isinstance(region_code, Unset):
            _region_code = UNSET
        else:
            _region_code = region_code

        if not isinstance(_region_code, Unset):
            data["regionCode"] = _region_code
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> CalendarEventPhoneLocationType:
        """Indicates this is a phone conference location"""
        type_ = CalendarEventPhoneLocationType(self._req("type"))

        return type_

    @property
    def url(self) -> str:
        """Phone number or URL for dialing into the conference"""
        return cast(str, self._req("url"))

    @property
    def label(self) -> None | str | Unset:
        """Display name for the phone conference"""

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
        """PIN number required for the phone conference"""

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
        """Password required for the phone conference"""

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(self._data.get("password", UNSET))

        return password

    @property
    def access_code(self) -> None | str | Unset:
        """Access code required for the phone conference"""

        def _parse_access_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        access_code = _parse_access_code(self._data.get("accessCode", UNSET))

        return access_code

    @property
    def region_code(self) -> None | str | Unset:
        """Country/region code for the phone number"""

        def _parse_region_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region_code = _parse_region_code(self._data.get("regionCode", UNSET))

        return region_code
