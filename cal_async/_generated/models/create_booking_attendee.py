# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_booking_attendee_language import CreateBookingAttendeeLanguage
from ..types import UNSET, Unset


class CreateBookingAttendee(ApiModel):
    """
    Attributes:
        name (str): The name of the attendee. Example: John Doe.
        time_zone (str): The time zone of the attendee. Example: America/New_York.
        email (str | Unset): The email of the attendee. Example: john.doe@example.com.
        phone_number (str | Unset): The phone number of the attendee in international format. Example: +919876543210.
        language (CreateBookingAttendeeLanguage | Unset): The preferred language of the attendee. Used for booking
            confirmation. Default: CreateBookingAttendeeLanguage.EN. Example: it.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "name",
            "timeZone",
            "email",
            "phoneNumber",
            "language",
        }
    )
    _required = frozenset(
        {
            "name",
            "timeZone",
        }
    )

    def __init__(
        self,
        *,
        name: str,
        time_zone: str,
        email: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        language: CreateBookingAttendeeLanguage | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["name"] = name

        data["timeZone"] = time_zone

        _email = email

        if not isinstance(_email, Unset):
            data["email"] = _email
        _phone_number = phone_number

        if not isinstance(_phone_number, Unset):
            data["phoneNumber"] = _phone_number
        _language = UNSET
        if not isinstance(language, Unset):
            _language = CreateBookingAttendeeLanguage(language).value

        if not isinstance(_language, Unset):
            data["language"] = _language
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def name(self) -> str:
        """The name of the attendee."""
        return cast(str, self._req("name"))

    @property
    def time_zone(self) -> str:
        """The time zone of the attendee."""
        return cast(str, self._req("timeZone"))

    @property
    def email(self) -> str | Unset:
        """The email of the attendee."""
        return cast(str | Unset, self._data.get("email", UNSET))

    @property
    def phone_number(self) -> str | Unset:
        """The phone number of the attendee in international format."""
        return cast(str | Unset, self._data.get("phoneNumber", UNSET))

    @property
    def language(self) -> CreateBookingAttendeeLanguage | Unset:
        """The preferred language of the attendee. Used for booking confirmation."""
        _language = self._data.get("language", UNSET)
        language: CreateBookingAttendeeLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = CreateBookingAttendeeLanguage(_language)

        return language
