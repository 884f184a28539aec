# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict

from cal_async._fields import (
    INT,
    STR,
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .update_managed_user_input_locale import UpdateManagedUserInputLocale
from .update_managed_user_input_time_format import UpdateManagedUserInputTimeFormat
from .update_managed_user_input_week_start import UpdateManagedUserInputWeekStart

if TYPE_CHECKING:
    from .update_managed_user_input_metadata import UpdateManagedUserInputMetadata

    pass


class UpdateManagedUserInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    email: str | Unset = field("email", STR, required=False)
    name: str | Unset = field("name", STR, required=False)
    time_format: UpdateManagedUserInputTimeFormat | Unset = field(
        "timeFormat", enum_of(UpdateManagedUserInputTimeFormat), required=False
    )
    """ Must be 12 or 24 """
    default_schedule_id: int | Unset = field("defaultScheduleId", INT, required=False)
    week_start: UpdateManagedUserInputWeekStart | Unset = field(
        "weekStart", enum_of(UpdateManagedUserInputWeekStart), required=False
    )
    time_zone: str | Unset = field("timeZone", STR, required=False)
    locale: UpdateManagedUserInputLocale | Unset = field(
        "locale", enum_of(UpdateManagedUserInputLocale), required=False
    )
    avatar_url: str | Unset = field("avatarUrl", STR, required=False)
    """ URL of the user's avatar image """
    bio: str | Unset = field("bio", STR, required=False)
    """ Bio """
    metadata: UpdateManagedUserInputMetadata | Unset = field(
        "metadata", model("update_managed_user_input_metadata", "UpdateManagedUserInputMetadata"), required=False
    )
    """ You can store any additional data you want here. Metadata must have at most 50 keys, each key up to
    40 characters, and values up to 500 characters. """

    def __init__(
        self,
        *,
        email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        time_format: UpdateManagedUserInputTimeFormat | Unset = UNSET,
        default_schedule_id: int | Unset = UNSET,
        week_start: UpdateManagedUserInputWeekStart | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        locale: UpdateManagedUserInputLocale | Unset = UNSET,
        avatar_url: str | Unset = UNSET,
        bio: str | Unset = UNSET,
        metadata: UpdateManagedUserInputMetadata | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "email": email,
                "name": name,
                "timeFormat": time_format,
                "defaultScheduleId": default_schedule_id,
                "weekStart": week_start,
                "timeZone": time_zone,
                "locale": locale,
                "avatarUrl": avatar_url,
                "bio": bio,
                "metadata": metadata,
            }
        )


class UpdateManagedUserInputDict(TypedDict, total=False):
    """``UpdateManagedUserInput`` as a plain dict with the API's JSON names, for request bodies."""

    email: str
    name: str
    timeFormat: UpdateManagedUserInputTimeFormat | Literal[12, 24]
    defaultScheduleId: int
    weekStart: (
        UpdateManagedUserInputWeekStart
        | Literal["Friday", "Monday", "Saturday", "Sunday", "Thursday", "Tuesday", "Wednesday"]
    )
    timeZone: str
    locale: (
        UpdateManagedUserInputLocale
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
    metadata: UpdateManagedUserInputMetadata | Mapping[str, Any]
