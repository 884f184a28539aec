# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    BOOL,
    STR,
    enum_of,
    field,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .booking_attendee_language import BookingAttendeeLanguage

if TYPE_CHECKING:
    pass


class BookingAttendee(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    name: str = field("name", STR, required=True)
    email: str = field("email", STR, required=True)
    time_zone: str = field("timeZone", STR, required=True)
    absent: bool = field("absent", BOOL, required=True)
    language: BookingAttendeeLanguage | None | Unset = field(
        "language", nullable(enum_of(BookingAttendeeLanguage)), required=False
    )
    phone_number: str | Unset = field("phoneNumber", STR, required=False)

    def __init__(
        self,
        *,
        name: str,
        email: str,
        time_zone: str,
        absent: bool,
        language: BookingAttendeeLanguage | None | Unset = UNSET,
        phone_number: str | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "name": name,
                "email": email,
                "timeZone": time_zone,
                "absent": absent,
                "language": language,
                "phoneNumber": phone_number,
            }
        )


class BookingAttendeeDict(TypedDict, total=False):
    """``BookingAttendee`` as a plain dict with the API's JSON names, for request bodies."""

    name: Required[str]
    email: Required[str]
    timeZone: Required[str]
    absent: Required[bool]
    language: (
        BookingAttendeeLanguage
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
