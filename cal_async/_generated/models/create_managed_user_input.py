# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from cal_async._fields import (
    STR,
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .create_managed_user_input_locale import CreateManagedUserInputLocale
from .create_managed_user_input_time_format import CreateManagedUserInputTimeFormat
from .create_managed_user_input_week_start import CreateManagedUserInputWeekStart

if TYPE_CHECKING:
    from .create_managed_user_input_metadata import CreateManagedUserInputMetadata

    pass


class CreateManagedUserInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    email: str = field("email", STR, required=True)
    name: str = field("name", STR, required=True)
    """ Managed user's name is used in emails """
    time_format: CreateManagedUserInputTimeFormat | Unset = field(
        "timeFormat", enum_of(CreateManagedUserInputTimeFormat), required=False
    )
    """ Must be a number 12 or 24 """
    week_start: CreateManagedUserInputWeekStart | Unset = field(
        "weekStart", enum_of(CreateManagedUserInputWeekStart), required=False
    )
    time_zone: str | Unset = field("timeZone", STR, required=False)
    """ Timezone is used to create user's default schedule from Monday to Friday from 9AM to 5PM. If it is
    not passed then user does not have
          a default schedule and it must be created manually via the /schedules endpoint. Until the
    schedule is created, the user can't access availability atom to set his / her availability nor
    booked.
          It will default to Europe/London if not passed. """
    locale: CreateManagedUserInputLocale | Unset = field(
        "locale", enum_of(CreateManagedUserInputLocale), required=False
    )
    avatar_url: str | Unset = field("avatarUrl", STR, required=False)
    """ URL of the user's avatar image """
    bio: str | Unset = field("bio", STR, required=False)
    """ Bio """
    metadata: CreateManagedUserInputMetadata | Unset = field(
        "metadata", model("create_managed_user_input_metadata", "CreateManagedUserInputMetadata"), required=False
    )
    """ You can store any additional data you want here. Metadata must have at most 50 keys, each key up to
    40 characters, and values up to 500 characters. """

    def __init__(
        self,
        *,
        email: str,
        name: str,
        time_format: CreateManagedUserInputTimeFormat | Unset = UNSET,
        week_start: CreateManagedUserInputWeekStart | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        locale: CreateManagedUserInputLocale | Unset = UNSET,
        avatar_url: str | Unset = UNSET,
        bio: str | Unset = UNSET,
        metadata: CreateManagedUserInputMetadata | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "email": email,
                "name": name,
                "timeFormat": time_format,
                "weekStart": week_start,
                "timeZone": time_zone,
                "locale": locale,
                "avatarUrl": avatar_url,
                "bio": bio,
                "metadata": metadata,
            }
        )


class CreateManagedUserInputDict(TypedDict, total=False):
    """``CreateManagedUserInput`` as a plain dict with the API's JSON names, for request bodies."""

    email: Required[str]
    name: Required[str]
    timeFormat: CreateManagedUserInputTimeFormat | Literal[12, 24]
    weekStart: (
        CreateManagedUserInputWeekStart
        | Literal["Friday", "Monday", "Saturday", "Sunday", "Thursday", "Tuesday", "Wednesday"]
    )
    timeZone: str
    locale: (
        CreateManagedUserInputLocale
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
    avatarUrl: str
    bio: str
    metadata: CreateManagedUserInputMetadata | Mapping[str, Any]
