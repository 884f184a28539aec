# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from cal_async._fields import (
    BOOL,
    STR,
    enum_of,
    field,
    model,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .seated_attendee_language import SeatedAttendeeLanguage

if TYPE_CHECKING:
    from .seated_attendee_booking_fields_responses import SeatedAttendeeBookingFieldsResponses
    from .seated_attendee_metadata import SeatedAttendeeMetadata

    pass


class SeatedAttendee(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    name: str = field("name", STR, required=True)
    email: str = field("email", STR, required=True)
    time_zone: str = field("timeZone", STR, required=True)
    absent: bool = field("absent", BOOL, required=True)
    seat_uid: str = field("seatUid", STR, required=True)
    booking_fields_responses: SeatedAttendeeBookingFieldsResponses = field(
        "bookingFieldsResponses",
        model("seated_attendee_booking_fields_responses", "SeatedAttendeeBookingFieldsResponses"),
        required=True,
    )
    """ Booking field responses consisting of an object with booking field slug as keys and user response as
    values. """
    language: SeatedAttendeeLanguage | None | Unset = field(
        "language", nullable(enum_of(SeatedAttendeeLanguage)), required=False
    )
    phone_number: str | Unset = field("phoneNumber", STR, required=False)
    metadata: SeatedAttendeeMetadata | Unset = field(
        "metadata", model("seated_attendee_metadata", "SeatedAttendeeMetadata"), required=False
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
        language: SeatedAttendeeLanguage | None | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        metadata: SeatedAttendeeMetadata | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "name": name,
                "email": email,
                "timeZone": time_zone,
                "absent": absent,
                "seatUid": seat_uid,
                "bookingFieldsResponses": booking_fields_responses,
                "language": language,
                "phoneNumber": phone_number,
                "metadata": metadata,
            }
        )


class SeatedAttendeeDict(TypedDict, total=False):
    """``SeatedAttendee`` as a plain dict with the API's JSON names, for request bodies."""

    name: Required[str]
    email: Required[str]
    timeZone: Required[str]
    absent: Required[bool]
    seatUid: Required[str]
    bookingFieldsResponses: Required[SeatedAttendeeBookingFieldsResponses | Mapping[str, Any]]
    language: (
        SeatedAttendeeLanguage
        | Literal[
            "ar",
            "az",
            "bg",
            "bn",
            "ca",
            "cs",
            "da",
            "de",
            "el",
            "en",
            "es",
            "es-419",
            "et",
            "eu",
            "fi",
            "fr",
            "he",
            "hr",
            "hu",
            "id",
            "it",
            "iw",
            "ja",
            "km",
            "ko",
            "lv",
            "nl",
            "no",
            "pl",
            "pt",
            "pt-BR",
            "ro",
            "ru",
            "sk",
            "sr",
            "sv",
            "ta",
            "th",
            "tr",
            "uk",
            "vi",
            "zh-CN",
            "zh-TW",
        ]
        | None
    )
    phoneNumber: str
    metadata: SeatedAttendeeMetadata | Mapping[str, Any]
