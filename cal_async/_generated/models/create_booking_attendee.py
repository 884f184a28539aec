# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    STR,
    enum_of,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .create_booking_attendee_language import CreateBookingAttendeeLanguage

if TYPE_CHECKING:
    pass


class CreateBookingAttendee(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    name: str = field("name", STR, required=True)
    """ The name of the attendee. """
    time_zone: str = field("timeZone", STR, required=True)
    """ The time zone of the attendee. """
    email: str | Unset = field("email", STR, required=False)
    """ The email of the attendee. """
    phone_number: str | Unset = field("phoneNumber", STR, required=False)
    """ The phone number of the attendee in international format. """
    language: CreateBookingAttendeeLanguage | Unset = field(
        "language", enum_of(CreateBookingAttendeeLanguage), required=False
    )
    """ The preferred language of the attendee. Used for booking confirmation. """

    def __init__(
        self,
        *,
        name: str,
        time_zone: str,
        email: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        language: CreateBookingAttendeeLanguage | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "name": name,
                "timeZone": time_zone,
                "email": email,
                "phoneNumber": phone_number,
                "language": language,
            }
        )


class CreateBookingAttendeeDict(TypedDict, total=False):
    """``CreateBookingAttendee`` as a plain dict with the API's JSON names, for request bodies."""

    name: Required[str]
    timeZone: Required[str]
    email: str
    phoneNumber: str
    language: (
        CreateBookingAttendeeLanguage
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
    )
