# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from cal_async._fields import (
    BOOL,
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

from .create_organization_user_input_organization_role import CreateOrganizationUserInputOrganizationRole

if TYPE_CHECKING:
    from .create_organization_user_input_metadata import CreateOrganizationUserInputMetadata

    pass


class CreateOrganizationUserInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    email: str = field("email", STR, required=True)
    """ User email address """
    username: str | Unset = field("username", STR, required=False)
    """ Username """
    weekday: str | Unset = field("weekday", STR, required=False)
    """ Preferred weekday """
    brand_color: str | Unset = field("brandColor", STR, required=False)
    """ Brand color in HEX format """
    bio: str | Unset = field("bio", STR, required=False)
    """ Bio """
    metadata: CreateOrganizationUserInputMetadata | Unset = field(
        "metadata",
        model("create_organization_user_input_metadata", "CreateOrganizationUserInputMetadata"),
        required=False,
    )
    """ You can store any additional data you want here. Metadata must have at most 50 keys, each key up to
    40 characters, and values up to 500 characters. """
    dark_brand_color: str | Unset = field("darkBrandColor", STR, required=False)
    """ Dark brand color in HEX format """
    hide_branding: bool | Unset = field("hideBranding", BOOL, required=False)
    """ Hide branding """
    time_zone: str | Unset = field("timeZone", STR, required=False)
    """ Time zone """
    theme: str | None | Unset = field("theme", nullable(STR), required=False)
    """ Theme """
    app_theme: str | None | Unset = field("appTheme", nullable(STR), required=False)
    """ Application theme """
    time_format: float | Unset = field("timeFormat", FLOAT, required=False)
    """ Time format """
    default_schedule_id: int | Unset = field("defaultScheduleId", INT, required=False)
    """ Default schedule ID """
    locale: str | None | Unset = field("locale", nullable(STR), required=False)
    """ Locale """
    avatar_url: str | Unset = field("avatarUrl", STR, required=False)
    """ Avatar URL """
    organization_role: CreateOrganizationUserInputOrganizationRole | Unset = field(
        "organizationRole", enum_of(CreateOrganizationUserInputOrganizationRole), required=False
    )
    auto_accept: bool | Unset = field("autoAccept", BOOL, required=False)

    def __init__(
        self,
        *,
        email: str,
        username: str | Unset = UNSET,
        weekday: str | Unset = UNSET,
        brand_color: str | Unset = UNSET,
        bio: str | Unset = UNSET,
        metadata: CreateOrganizationUserInputMetadata | Unset = UNSET,
        dark_brand_color: str | Unset = UNSET,
        hide_branding: bool | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        theme: str | None | Unset = UNSET,
        app_theme: str | None | Unset = UNSET,
        time_format: float | Unset = UNSET,
        default_schedule_id: int | Unset = UNSET,
        locale: str | None | Unset = UNSET,
        avatar_url: str | Unset = UNSET,
        organization_role: CreateOrganizationUserInputOrganizationRole | Unset = UNSET,
        auto_accept: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "email": email,
                "username": username,
                "weekday": weekday,
                "brandColor": brand_color,
                "bio": bio,
                "metadata": metadata,
                "darkBrandColor": dark_brand_color,
                "hideBranding": hide_branding,
                "timeZone": time_zone,
                "theme": theme,
                "appTheme": app_theme,
                "timeFormat": time_format,
                "defaultScheduleId": default_schedule_id,
                "locale": locale,
                "avatarUrl": avatar_url,
                "organizationRole": organization_role,
                "autoAccept": auto_accept,
            }
        )


class CreateOrganizationUserInputDict(TypedDict, total=False):
    """``CreateOrganizationUserInput`` as a plain dict with the API's JSON names, for request bodies."""

    email: Required[str]
    username: str
    weekday: str
    brandColor: str
    bio: str
    metadata: CreateOrganizationUserInputMetadata | Mapping[str, Any]
    darkBrandColor: str
    hideBranding: bool
    timeZone: str
    theme: str | None
    appTheme: str | None
    timeFormat: float
    defaultScheduleId: int
    locale: str | None
    avatarUrl: str
    organizationRole: CreateOrganizationUserInputOrganizationRole | Literal["ADMIN", "MEMBER", "OWNER"]
    autoAccept: bool
