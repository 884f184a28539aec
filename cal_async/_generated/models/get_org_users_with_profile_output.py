# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from cal_async._fields import (
    BOOL,
    DATETIME,
    FLOAT,
    INT,
    STR,
    field,
    model,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .get_org_users_with_profile_output_metadata import GetOrgUsersWithProfileOutputMetadata
    from .profile_output import ProfileOutput, ProfileOutputDict

    pass


class GetOrgUsersWithProfileOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int = field("id", INT, required=True)
    """ The ID of the user """
    email: str = field("email", STR, required=True)
    """ The email of the user """
    time_zone: str = field("timeZone", STR, required=True)
    """ The time zone of the user """
    week_start: str = field("weekStart", STR, required=True)
    """ The week start day of the user """
    hide_branding: bool = field("hideBranding", BOOL, required=True)
    """ Whether to hide branding for the user """
    created_date: datetime.datetime = field("createdDate", DATETIME, required=True)
    """ The date when the user was created """
    profile: ProfileOutput = field("profile", model("profile_output", "ProfileOutput"), required=True)
    username: str | None | Unset = field("username", nullable(STR), required=False)
    """ The username of the user """
    name: str | None | Unset = field("name", nullable(STR), required=False)
    """ The name of the user """
    email_verified: datetime.datetime | None | Unset = field("emailVerified", nullable(DATETIME), required=False)
    """ The date when the email was verified """
    bio: str | None | Unset = field("bio", nullable(STR), required=False)
    """ The bio of the user """
    avatar_url: str | None | Unset = field("avatarUrl", nullable(STR), required=False)
    """ The URL of the user's avatar """
    app_theme: str | None | Unset = field("appTheme", nullable(STR), required=False)
    """ The app theme of the user """
    theme: str | None | Unset = field("theme", nullable(STR), required=False)
    """ The theme of the user """
    default_schedule_id: int | None | Unset = field("defaultScheduleId", nullable(INT), required=False)
    """ The ID of the default schedule for the user """
    locale: str | None | Unset = field("locale", nullable(STR), required=False)
    """ The locale of the user """
    time_format: float | None | Unset = field("timeFormat", nullable(FLOAT), required=False)
    """ The time format of the user """
    brand_color: str | None | Unset = field("brandColor", nullable(STR), required=False)
    """ The brand color of the user """
    dark_brand_color: str | None | Unset = field("darkBrandColor", nullable(STR), required=False)
    """ The dark brand color of the user """
    allow_dynamic_booking: bool | None | Unset = field("allowDynamicBooking", nullable(BOOL), required=False)
    """ Whether dynamic booking is allowed for the user """
    verified: bool | None | Unset = field("verified", nullable(BOOL), required=False)
    """ Whether the user is verified """
    invited_to: float | None | Unset = field("invitedTo", nullable(FLOAT), required=False)
    """ The ID of the user who invited this user """
    metadata: GetOrgUsersWithProfileOutputMetadata | Unset = field(
        "metadata",
        model("get_org_users_with_profile_output_metadata", "GetOrgUsersWithProfileOutputMetadata"),
        required=False,
    )

    def __init__(
        self,
        *,
        id: int,
        email: str,
        time_zone: str,
        week_start: str,
        hide_branding: bool,
        created_date: datetime.datetime,
        profile: ProfileOutput,
        username: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        email_verified: datetime.datetime | None | Unset = UNSET,
        bio: str | None | Unset = UNSET,
        avatar_url: str | None | Unset = UNSET,
        app_theme: str | None | Unset = UNSET,
        theme: str | None | Unset = UNSET,
        default_schedule_id: int | None | Unset = UNSET,
        locale: str | None | Unset = UNSET,
        time_format: float | None | Unset = UNSET,
        brand_color: str | None | Unset = UNSET,
        dark_brand_color: str | None | Unset = UNSET,
        allow_dynamic_booking: bool | None | Unset = UNSET,
        verified: bool | None | Unset = UNSET,
        invited_to: float | None | Unset = UNSET,
        metadata: GetOrgUsersWithProfileOutputMetadata | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "id": id,
                "email": email,
                "timeZone": time_zone,
                "weekStart": week_start,
                "hideBranding": hide_branding,
                "createdDate": created_date,
                "profile": profile,
                "username": username,
                "name": name,
                "emailVerified": email_verified,
                "bio": bio,
                "avatarUrl": avatar_url,
                "appTheme": app_theme,
                "theme": theme,
                "defaultScheduleId": default_schedule_id,
                "locale": locale,
                "timeFormat": time_format,
                "brandColor": brand_color,
                "darkBrandColor": dark_brand_color,
                "allowDynamicBooking": allow_dynamic_booking,
                "verified": verified,
                "invitedTo": invited_to,
                "metadata": metadata,
            }
        )


class GetOrgUsersWithProfileOutputDict(TypedDict, total=False):
    """``GetOrgUsersWithProfileOutput`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    email: Required[str]
    timeZone: Required[str]
    weekStart: Required[str]
    hideBranding: Required[bool]
    createdDate: Required[datetime.datetime]
    profile: Required[ProfileOutput | ProfileOutputDict]
    username: str | None
    name: str | None
    emailVerified: datetime.datetime | None
    bio: str | None
    avatarUrl: str | None
    appTheme: str | None
    theme: str | None
    defaultScheduleId: int | None
    locale: str | None
    timeFormat: float | None
    brandColor: str | None
    darkBrandColor: str | None
    allowDynamicBooking: bool | None
    verified: bool | None
    invitedTo: float | None
    metadata: GetOrgUsersWithProfileOutputMetadata | Mapping[str, Any]
