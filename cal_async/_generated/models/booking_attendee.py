# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.booking_attendee_language import BookingAttendeeLanguage
from ..types import UNSET, Unset


class BookingAttendee(ApiModel):
    """
    Attributes:
        name (str):  Example: John Doe.
        email (str):  Example: john@example.com.
        time_zone (str):  Example: America/New_York.
        absent (bool):  Example: False.
        language (BookingAttendeeLanguage | Unset):  Example: en.
        phone_number (str | Unset):  Example: +1234567890.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "name",
            "email",
            "timeZone",
            "absent",
            "language",
            "phoneNumber",
        }
    )
    _required = frozenset(
        {
            "name",
            "email",
            "timeZone",
            "absent",
        }
    )

    def __init__(
        self,
        *,
        name: str,
        email: str,
        time_zone: str,
        absent: bool,
        language: BookingAttendeeLanguage | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["name"] = name

        data["email"] = email

        data["timeZone"] = time_zone

        data["absent"] = absent

        _language = UNSET
        if not isinstance(language, Unset):
            _language = BookingAttendeeLanguage(language).value

        if not isinstance(_language, Unset):
            data["language"] = _language
        _phone_number = phone_number

        if not isinstance(_phone_number, Unset):
            data["phoneNumber"] = _phone_number
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def name(self) -> str:
        return cast(str, self._req("name"))

    @property
    def email(self) -> str:
        return cast(str, self._req("email"))

    @property
    def time_zone(self) -> str:
        return cast(str, self._req("timeZone"))

    @property
    def absent(self) -> bool:
        return cast(bool, self._req("absent"))

    @property
    def language(self) -> BookingAttendeeLanguage | Unset:
        _language = self._data.get("language", UNSET)
        language: BookingAttendeeLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = BookingAttendeeLanguage(_language)

        return language

    @property
    def phone_number(self) -> str | Unset:
        return cast(str | Unset, self._data.get("phoneNumber", UNSET))
