# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.seated_attendee_language import SeatedAttendeeLanguage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.seated_attendee_booking_fields_responses import SeatedAttendeeBookingFieldsResponses
    from ..models.seated_attendee_metadata import SeatedAttendeeMetadata


class SeatedAttendee(ApiModel):
    """
    Attributes:
        name (str):  Example: John Doe.
        email (str):  Example: john@example.com.
        time_zone (str):  Example: America/New_York.
        absent (bool):  Example: False.
        seat_uid (str):  Example: 3be561a9-31f1-4b8e-aefc-9d9a085f0dd1.
        booking_fields_responses (SeatedAttendeeBookingFieldsResponses): Booking field responses consisting of an object
            with booking field slug as keys and user response as values. Example: {'customField': 'customValue'}.
        language (SeatedAttendeeLanguage | Unset):  Example: en.
        phone_number (str | Unset):  Example: +1234567890.
        metadata (SeatedAttendeeMetadata | Unset):  Example: {'key': 'value'}.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "name",
            "email",
            "timeZone",
            "absent",
            "seatUid",
            "bookingFieldsResponses",
            "language",
            "phoneNumber",
            "metadata",
        }
    )
    _required = frozenset(
        {
            "name",
            "email",
            "timeZone",
            "absent",
            "seatUid",
            "bookingFieldsResponses",
        }
    )

    def __init__(
        self,
        *,
        name: str,
        email: str,
        time_zone: str,
        absent: bool,
        seat_uid: str,
        booking_fields_responses: SeatedAttendeeBookingFieldsResponses,
        language: SeatedAttendeeLanguage | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        metadata: SeatedAttendeeMetadata | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["name"] = name

        data["email"] = email

        data["timeZone"] = time_zone

        data["absent"] = absent

        data["seatUid"] = seat_uid

        data["bookingFieldsResponses"] = as_json(booking_fields_responses)

        _language = UNSET
        if not isinstance(language, Unset):
            _language = SeatedAttendeeLanguage(language).value

        if not isinstance(_language, Unset):
            data["language"] = _language
        _phone_number = phone_number

        if not isinstance(_phone_number, Unset):
            data["phoneNumber"] = _phone_number
        _metadata = UNSET
        if not isinstance(metadata, Unset):
            _metadata = as_json(metadata)

        if not isinstance(_metadata, Unset):
            data["metadata"] = _metadata
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
    def seat_uid(self) -> str:
        return cast(str, self._req("seatUid"))

    @property
    def booking_fields_responses(self) -> SeatedAttendeeBookingFieldsResponses:
        """Booking field responses consisting of an object with booking field slug as keys and user response as
        values."""
        from ..models.seated_attendee_booking_fields_responses import SeatedAttendeeBookingFieldsResponses  # noqa: PLC0415

        booking_fields_responses = SeatedAttendeeBookingFieldsResponses.from_dict(self._req("bookingFieldsResponses"))

        return booking_fields_responses

    @property
    def language(self) -> SeatedAttendeeLanguage | Unset:
        _language = self._data.get("language", UNSET)
        language: SeatedAttendeeLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = SeatedAttendeeLanguage(_language)

        return language

    @property
    def phone_number(self) -> str | Unset:
        return cast(str | Unset, self._data.get("phoneNumber", UNSET))

    @property
    def metadata(self) -> SeatedAttendeeMetadata | Unset:
        from ..models.seated_attendee_metadata import SeatedAttendeeMetadata  # noqa: PLC0415

        _metadata = self._data.get("metadata", UNSET)
        metadata: SeatedAttendeeMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SeatedAttendeeMetadata.from_dict(_metadata)

        return metadata
