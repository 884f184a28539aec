# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypedDict

from cal_async._fields import (
    BOOL,
    FLOAT,
    INT,
    STR,
    Field,
    enum_of,
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
    """Fields are decoded, checked and cached when first read; fields the API document does not declare
    stay readable with ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()
    _fields: ClassVar[frozenset[str]] = frozenset(
        {
            "email",
            "username",
            "weekday",
            "brandColor",
            "bio",
            "metadata",
            "darkBrandColor",
            "hideBranding",
            "timeZone",
            "theme",
            "appTheme",
            "timeFormat",
            "defaultScheduleId",
            "locale",
            "avatarUrl",
            "organizationRole",
            "autoAccept",
        }
    )
    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "email",
        }
    )

    email: Field[str] = Field("email", STR, required=True)
    """ User email address """
    username: Field[str | Unset] = Field("username", STR, required=False)
    """ Username """
    weekday: Field[str | Unset] = Field("weekday", STR, required=False)
    """ Preferred weekday """
    brand_color: Field[str | Unset] = Field("brandColor", STR, required=False)
    """ Brand color in HEX format """
    bio: Field[str | Unset] = Field("bio", STR, required=False)
    """ Bio """
    metadata: Field[CreateOrganizationUserInputMetadata | Unset] = Field(
        "metadata",
        model("create_organization_user_input_metadata", "CreateOrganizationUserInputMetadata"),
        required=False,
    )
    """ You can store any additional data you want here. Metadata must have at most 50 keys, each key up to
    40 characters, and values up to 500 characters. """
    dark_brand_color: Field[str | Unset] = Field("darkBrandColor", STR, required=False)
    """ Dark brand color in HEX format """
    hide_branding: Field[bool | Unset] = Field("hideBranding", BOOL, required=False)
    """ Hide branding """
    time_zone: Field[str | Unset] = Field("timeZone", STR, required=False)
    """ Time zone """
    theme: Field[str | None | Unset] = Field("theme", nullable(STR), required=False)
    """ Theme """
    app_theme: Field[str | None | Unset] = Field("appTheme", nullable(STR), required=False)
    """ Application theme """
    time_format: Field[float | Unset] = Field("timeFormat", FLOAT, required=False)
    """ Time format """
    default_schedule_id: Field[int | Unset] = Field("defaultScheduleId", INT, required=False)
    """ Default schedule ID """
    locale: Field[str | None | Unset] = Field("locale", nullable(STR), required=False)
    """ Locale """
    avatar_url: Field[str | Unset] = Field("avatarUrl", STR, required=False)
    """ Avatar URL """
    organization_role: Field[CreateOrganizationUserInputOrganizationRole | Unset] = Field(
        "organizationRole", enum_of(CreateOrganizationUserInputOrganizationRole), required=False
    )
    auto_accept: Field[bool | Unset] = Field("autoAccept", BOOL, required=False)

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
