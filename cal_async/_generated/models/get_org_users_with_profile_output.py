# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, TypedDict

from cal_async._fields import (
    BOOL,
    DATETIME,
    FLOAT,
    INT,
    STR,
    Field,
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
    """Fields are decoded, checked and cached when first read; fields the API document does not declare
    stay readable with ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()
    _fields: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "email",
            "timeZone",
            "weekStart",
            "hideBranding",
            "createdDate",
            "profile",
            "username",
            "name",
            "emailVerified",
            "bio",
            "avatarUrl",
            "appTheme",
            "theme",
            "defaultScheduleId",
            "locale",
            "timeFormat",
            "brandColor",
            "darkBrandColor",
            "allowDynamicBooking",
            "verified",
            "invitedTo",
            "metadata",
        }
    )
    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "email",
            "timeZone",
            "weekStart",
            "hideBranding",
            "createdDate",
            "profile",
        }
    )

    id: Field[int] = Field("id", INT, required=True)
    """ The ID of the user """
    email: Field[str] = Field("email", STR, required=True)
    """ The email of the user """
    time_zone: Field[str] = Field("timeZone", STR, required=True)
    """ The time zone of the user """
    week_start: Field[str] = Field("weekStart", STR, required=True)
    """ The week start day of the user """
    hide_branding: Field[bool] = Field("hideBranding", BOOL, required=True)
    """ Whether to hide branding for the user """
    created_date: Field[datetime.datetime] = Field("createdDate", DATETIME, required=True)
    """ The date when the user was created """
    profile: Field[ProfileOutput] = Field("profile", model("profile_output", "ProfileOutput"), required=True)
    username: Field[str | None | Unset] = Field("username", nullable(STR), required=False)
    """ The username of the user """
    name: Field[str | None | Unset] = Field("name", nullable(STR), required=False)
    """ The name of the user """
    email_verified: Field[datetime.datetime | None | Unset] = Field("emailVerified", nullable(DATETIME), required=False)
    """ The date when the email was verified """
    bio: Field[str | None | Unset] = Field("bio", nullable(STR), required=False)
    """ The bio of the user """
    avatar_url: Field[str | None | Unset] = Field("avatarUrl", nullable(STR), required=False)
    """ The URL of the user's avatar """
    app_theme: Field[str | None | Unset] = Field("appTheme", nullable(STR), required=False)
    """ The app theme of the user """
    theme: Field[str | None | Unset] = Field("theme", nullable(STR), required=False)
    """ The theme of the user """
    default_schedule_id: Field[int | None | Unset] = Field("defaultScheduleId", nullable(INT), required=False)
    """ The ID of the default schedule for the user """
    locale: Field[str | None | Unset] = Field("locale", nullable(STR), required=False)
    """ The locale of the user """
    time_format: Field[float | None | Unset] = Field("timeFormat", nullable(FLOAT), required=False)
    """ The time format of the user """
    brand_color: Field[str | None | Unset] = Field("brandColor", nullable(STR), required=False)
    """ The brand color of the user """
    dark_brand_color: Field[str | None | Unset] = Field("darkBrandColor", nullable(STR), required=False)
    """ The dark brand color of the user """
    allow_dynamic_booking: Field[bool | None | Unset] = Field("allowDynamicBooking", nullable(BOOL), required=False)
    """ Whether dynamic booking is allowed for the user """
    verified: Field[bool | None | Unset] = Field("verified", nullable(BOOL), required=False)
    """ Whether the user is verified """
    invited_to: Field[float | None | Unset] = Field("invitedTo", nullable(FLOAT), required=False)
    """ The ID of the user who invited this user """
    metadata: Field[GetOrgUsersWithProfileOutputMetadata | Unset] = Field(
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
