# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from cal_async._fields import (
    BOOL,
    FLOAT,
    STR,
    field,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .update_org_team_dto_metadata import UpdateOrgTeamDtoMetadata

    pass


class UpdateOrgTeamDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    name: str | Unset = field("name", STR, required=False)
    """ Name of the team """
    slug: str | Unset = field("slug", STR, required=False)
    """ Team slug """
    logo_url: str | Unset = field("logoUrl", STR, required=False)
    """ URL of the teams logo image """
    cal_video_logo: str | Unset = field("calVideoLogo", STR, required=False)
    app_logo: str | Unset = field("appLogo", STR, required=False)
    app_icon_logo: str | Unset = field("appIconLogo", STR, required=False)
    bio: str | Unset = field("bio", STR, required=False)
    hide_branding: bool | Unset = field("hideBranding", BOOL, required=False)
    is_private: bool | Unset = field("isPrivate", BOOL, required=False)
    hide_book_a_team_member: bool | Unset = field("hideBookATeamMember", BOOL, required=False)
    metadata: UpdateOrgTeamDtoMetadata | Unset = field(
        "metadata", model("update_org_team_dto_metadata", "UpdateOrgTeamDtoMetadata"), required=False
    )
    """ You can store any additional data you want here.
    Metadata must have at most 50 keys, each key up to 40 characters.
    Values can be strings (up to 500 characters), numbers, or booleans. """
    theme: str | Unset = field("theme", STR, required=False)
    brand_color: str | Unset = field("brandColor", STR, required=False)
    dark_brand_color: str | Unset = field("darkBrandColor", STR, required=False)
    banner_url: str | Unset = field("bannerUrl", STR, required=False)
    """ URL of the teams banner image which is shown on booker """
    time_format: float | Unset = field("timeFormat", FLOAT, required=False)
    time_zone: str | Unset = field("timeZone", STR, required=False)
    """ Timezone is used to create teams's default schedule from Monday to Friday from 9AM to 5PM. It will
    default to Europe/London if not passed. """
    week_start: str | Unset = field("weekStart", STR, required=False)
    booking_limits: str | Unset = field("bookingLimits", STR, required=False)
    include_managed_events_in_limits: bool | Unset = field("includeManagedEventsInLimits", BOOL, required=False)

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        logo_url: str | Unset = UNSET,
        cal_video_logo: str | Unset = UNSET,
        app_logo: str | Unset = UNSET,
        app_icon_logo: str | Unset = UNSET,
        bio: str | Unset = UNSET,
        hide_branding: bool | Unset = UNSET,
        is_private: bool | Unset = UNSET,
        hide_book_a_team_member: bool | Unset = UNSET,
        metadata: UpdateOrgTeamDtoMetadata | Unset = UNSET,
        theme: str | Unset = UNSET,
        brand_color: str | Unset = UNSET,
        dark_brand_color: str | Unset = UNSET,
        banner_url: str | Unset = UNSET,
        time_format: float | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        week_start: str | Unset = UNSET,
        booking_limits: str | Unset = UNSET,
        include_managed_events_in_limits: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "name": name,
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
                "bookingLimits": booking_limits,
                "includeManagedEventsInLimits": include_managed_events_in_limits,
            }
        )


class UpdateOrgTeamDtoDict(TypedDict, total=False):
    """``UpdateOrgTeamDto`` as a plain dict with the API's JSON names, for request bodies."""

    name: str
    slug: str
    logoUrl: str
    calVideoLogo: str
    appLogo: str
    appIconLogo: str
    bio: str
    hideBranding: bool
    isPrivate: bool
    hideBookATeamMember: bool
    metadata: UpdateOrgTeamDtoMetadata | Mapping[str, Any]
    theme: str
    brandColor: str
    darkBrandColor: str
    bannerUrl: str
    timeFormat: float
    timeZone: str
    weekStart: str
    bookingLimits: str
    includeManagedEventsInLimits: bool
