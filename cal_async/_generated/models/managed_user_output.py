# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from cal_async._fields import (
    DATETIME,
    FLOAT,
    INT,
    STR,
    enum_of,
    field,
    model,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .managed_user_output_locale import ManagedUserOutputLocale

if TYPE_CHECKING:
    from .managed_user_output_metadata import ManagedUserOutputMetadata

    pass


class ManagedUserOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int = field("id", INT, required=True)
    email: str = field("email", STR, required=True)
    username: str | None = field("username", nullable(STR), required=True)
    name: str | None = field("name", nullable(STR), required=True)
    bio: str | None = field("bio", nullable(STR), required=True)
    time_zone: str = field("timeZone", STR, required=True)
    week_start: str = field("weekStart", STR, required=True)
    created_date: datetime.datetime = field("createdDate", DATETIME, required=True)
    time_format: float | None = field("timeFormat", nullable(FLOAT), required=True)
    default_schedule_id: int | None = field("defaultScheduleId", nullable(INT), required=True)
    locale: ManagedUserOutputLocale | Unset = field("locale", enum_of(ManagedUserOutputLocale), required=False)
    avatar_url: str | None | Unset = field("avatarUrl", nullable(STR), required=False)
    """ URL of the user's avatar image """
    metadata: ManagedUserOutputMetadata | Unset = field(
        "metadata", model("managed_user_output_metadata", "ManagedUserOutputMetadata"), required=False
    )

    def __init__(
        self,
        *,
        id: int,
        email: str,
        username: str | None,
        name: str | None,
        bio: str | None,
        time_zone: str,
        week_start: str,
        created_date: datetime.datetime,
        time_format: float | None,
        default_schedule_id: int | None,
        locale: ManagedUserOutputLocale | Unset = UNSET,
        avatar_url: str | None | Unset = UNSET,
        metadata: ManagedUserOutputMetadata | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "id": id,
                "email": email,
                "username": username,
                "name": name,
                "bio": bio,
                "timeZone": time_zone,
                "weekStart": week_start,
                "createdDate": created_date,
                "timeFormat": time_format,
                "defaultScheduleId": default_schedule_id,
                "locale": locale,
                "avatarUrl": avatar_url,
                "metadata": metadata,
            }
        )


class ManagedUserOutputDict(TypedDict, total=False):
    """``ManagedUserOutput`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    email: Required[str]
    username: Required[str | None]
    name: Required[str | None]
    bio: Required[str | None]
    timeZone: Required[str]
    weekStart: Required[str]
    createdDate: Required[datetime.datetime]
    timeFormat: Required[float | None]
    defaultScheduleId: Required[int | None]
    locale: (
        ManagedUserOutputLocale
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
    avatarUrl: str | None
    metadata: ManagedUserOutputMetadata | Mapping[str, Any]
