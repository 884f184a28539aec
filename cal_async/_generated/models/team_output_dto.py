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
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .team_output_dto_metadata import TeamOutputDtoMetadata

    pass


class TeamOutputDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int = field("id", INT, required=True)
    name: str = field("name", STR, required=True)
    is_organization: bool = field("isOrganization", BOOL, required=True)
    parent_id: int | None | Unset = field("parentId", nullable(INT), required=False)
    slug: str | None | Unset = field("slug", nullable(STR), required=False)
    logo_url: str | None | Unset = field("logoUrl", nullable(STR), required=False)
    cal_video_logo: str | None | Unset = field("calVideoLogo", nullable(STR), required=False)
    app_logo: str | None | Unset = field("appLogo", nullable(STR), required=False)
    app_icon_logo: str | None | Unset = field("appIconLogo", nullable(STR), required=False)
    bio: str | None | Unset = field("bio", nullable(STR), required=False)
    hide_branding: bool | Unset = field("hideBranding", BOOL, required=False)
    is_private: bool | Unset = field("isPrivate", BOOL, required=False)
    hide_book_a_team_member: bool | Unset = field("hideBookATeamMember", BOOL, required=False)
    metadata: TeamOutputDtoMetadata | None | Unset = field(
        "metadata", nullable(model("team_output_dto_metadata", "TeamOutputDtoMetadata")), required=False
    )
    theme: str | None | Unset = field("theme", nullable(STR), required=False)
    brand_color: str | None | Unset = field("brandColor", nullable(STR), required=False)
    dark_brand_color: str | None | Unset = field("darkBrandColor", nullable(STR), required=False)
    banner_url: str | None | Unset = field("bannerUrl", nullable(STR), required=False)
    time_format: float | None | Unset = field("timeFormat", nullable(FLOAT), required=False)
    time_zone: str | Unset = field("timeZone", STR, required=False)
    week_start: str | Unset = field("weekStart", STR, required=False)

    def __init__(
        self,
        *,
        id: int,
        name: str,
        is_organization: bool,
        parent_id: int | None | Unset = UNSET,
        slug: str | None | Unset = UNSET,
        logo_url: str | None | Unset = UNSET,
        cal_video_logo: str | None | Unset = UNSET,
        app_logo: str | None | Unset = UNSET,
        app_icon_logo: str | None | Unset = UNSET,
        bio: str | None | Unset = UNSET,
        hide_branding: bool | Unset = UNSET,
        is_private: bool | Unset = UNSET,
        hide_book_a_team_member: bool | Unset = UNSET,
        metadata: TeamOutputDtoMetadata | None | Unset = UNSET,
        theme: str | None | Unset = UNSET,
        brand_color: str | None | Unset = UNSET,
        dark_brand_color: str | None | Unset = UNSET,
        banner_url: str | None | Unset = UNSET,
        time_format: float | None | Unset = UNSET,
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


class TeamOutputDtoDict(TypedDict, total=False):
    """``TeamOutputDto`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    name: Required[str]
    isOrganization: Required[bool]
    parentId: int | None
    slug: str | None
    logoUrl: str | None
    calVideoLogo: str | None
    appLogo: str | None
    appIconLogo: str | None
    bio: str | None
    hideBranding: bool
    isPrivate: bool
    hideBookATeamMember: bool
    metadata: TeamOutputDtoMetadata | Mapping[str, Any] | None
    theme: str | None
    brandColor: str | None
    darkBrandColor: str | None
    bannerUrl: str | None
    timeFormat: float | None
    timeZone: str
    weekStart: str
