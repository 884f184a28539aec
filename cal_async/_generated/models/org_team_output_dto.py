# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from cal_async._fields import (
    BOOL,
    FLOAT,
    INT,
    STR,
    field,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .org_team_output_dto_metadata import OrgTeamOutputDtoMetadata

    pass


class OrgTeamOutputDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int = field("id", INT, required=True)
    name: str = field("name", STR, required=True)
    is_organization: bool = field("isOrganization", BOOL, required=True)
    parent_id: int | Unset = field("parentId", INT, required=False)
    slug: str | Unset = field("slug", STR, required=False)
    logo_url: str | Unset = field("logoUrl", STR, required=False)
    cal_video_logo: str | Unset = field("calVideoLogo", STR, required=False)
    app_logo: str | Unset = field("appLogo", STR, required=False)
    app_icon_logo: str | Unset = field("appIconLogo", STR, required=False)
    bio: str | Unset = field("bio", STR, required=False)
    hide_branding: bool | Unset = field("hideBranding", BOOL, required=False)
    is_private: bool | Unset = field("isPrivate", BOOL, required=False)
    hide_book_a_team_member: bool | Unset = field("hideBookATeamMember", BOOL, required=False)
    metadata: OrgTeamOutputDtoMetadata | Unset = field(
        "metadata", model("org_team_output_dto_metadata", "OrgTeamOutputDtoMetadata"), required=False
    )
    theme: str | Unset = field("theme", STR, required=False)
    brand_color: str | Unset = field("brandColor", STR, required=False)
    dark_brand_color: str | Unset = field("darkBrandColor", STR, required=False)
    banner_url: str | Unset = field("bannerUrl", STR, required=False)
    time_format: float | Unset = field("timeFormat", FLOAT, required=False)
    time_zone: str | Unset = field("timeZone", STR, required=False)
    week_start: str | Unset = field("weekStart", STR, required=False)

    def __init__(
        self,
        *,
        id: int,
        name: str,
        is_organization: bool,
        parent_id: int | Unset = UNSET,
        slug: str | Unset = UNSET,
        logo_url: str | Unset = UNSET,
        cal_video_logo: str | Unset = UNSET,
        app_logo: str | Unset = UNSET,
        app_icon_logo: str | Unset = UNSET,
        bio: str | Unset = UNSET,
        hide_branding: bool | Unset = UNSET,
        is_private: bool | Unset = UNSET,
        hide_book_a_team_member: bool | Unset = UNSET,
        metadata: OrgTeamOutputDtoMetadata | Unset = UNSET,
        theme: str | Unset = UNSET,
        brand_color: str | Unset = UNSET,
        dark_brand_color: str | Unset = UNSET,
        banner_url: str | Unset = UNSET,
        time_format: float | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        week_start: str | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "id": id,
                "name": name,
                "isOrganization": is_organization,
                "parentId": parent_id,
                "slug": slug,
                "logoUrl": logo_url,
                "calVideoLogo": cal_video_logo,
                "appLogo": app_logo,
                "appIconLogo": app_icon_logo,
                "bio": bio,
                "hideBranding": hide_branding,
                "isPrivate": is_private,
                "hideBookATeamMember": hide_book_a_team_member,
                "metadata": metadata,
                "theme": theme,
                "brandColor": brand_color,
                "darkBrandColor": dark_brand_color,
                "bannerUrl": banner_url,
                "timeFormat": time_format,
                "timeZone": time_zone,
                "weekStart": week_start,
            }
        )


class OrgTeamOutputDtoDict(TypedDict, total=False):
    """``OrgTeamOutputDto`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    name: Required[str]
    isOrganization: Required[bool]
    parentId: int
    slug: str
    logoUrl: str
    calVideoLogo: str
    appLogo: str
    appIconLogo: str
    bio: str
    hideBranding: bool
    isPrivate: bool
    hideBookATeamMember: bool
    metadata: OrgTeamOutputDtoMetadata | Mapping[str, Any]
    theme: str
    brandColor: str
    darkBrandColor: str
    bannerUrl: str
    timeFormat: float
    timeZone: str
    weekStart: str
