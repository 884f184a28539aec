# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_team_input_metadata import CreateTeamInputMetadata


class CreateTeamInput(ApiModel):
    """
    Attributes:
        name (str): Name of the team Example: CalTeam.
        slug (str | Unset): Team slug in kebab-case - if not provided will be generated automatically based on name.
            Example: caltel.
        logo_url (str | Unset): URL of the teams logo image Example:
            https://i.cal.com/api/avatar/b0b58752-68ad-4c0d-8024-4fa382a77752.png.
        cal_video_logo (str | Unset):
        app_logo (str | Unset):
        app_icon_logo (str | Unset):
        bio (str | Unset):
        hide_branding (bool | Unset):  Default: False.
        is_private (bool | Unset):
        hide_book_a_team_member (bool | Unset):
        metadata (CreateTeamInputMetadata | Unset): You can store any additional data you want here.
            Metadata must have at most 50 keys, each key up to 40 characters.
            Values can be strings (up to 500 characters), numbers, or booleans. Example: {'key': 'value'}.
        theme (str | Unset):
        brand_color (str | Unset):
        dark_brand_color (str | Unset):
        banner_url (str | Unset): URL of the teams banner image which is shown on booker Example:
            https://i.cal.com/api/avatar/949be534-7a88-4185-967c-c020b0c0bef3.png.
        time_format (float | Unset):
        time_zone (str | Unset): Timezone is used to create teams's default schedule from Monday to Friday from 9AM to
            5PM. It will default to Europe/London if not passed. Default: 'Europe/London'. Example: America/New_York.
        week_start (str | Unset):  Default: 'Sunday'. Example: Monday.
        auto_accept_creator (bool | Unset): If you are a platform customer, don't pass 'false', because then team
            creator won't be able to create team event types. Default: True.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "name",
            "slug",
            "logoUrl",
            "calVideoLogo",
            "appLogo",
            "appIconLogo",
            "bio",
            "hideBranding",
            "isPrivate",
            "hideBookATeamMember",
            "metadata",
            "theme",
            "brandColor",
            "darkBrandColor",
            "bannerUrl",
            "timeFormat",
            "timeZone",
            "weekStart",
            "autoAcceptCreator",
        }
    )
    _required = frozenset(
        {
            "name",
        }
    )

    def __init__(
        self,
        *,
        name: str,
        slug: str | Unset = UNSET,
        logo_url: str | Unset = UNSET,
        cal_video_logo: str | Unset = UNSET,
        app_logo: str | Unset = UNSET,
        app_icon_logo: str | Unset = UNSET,
        bio: str | Unset = UNSET,
        hide_branding: bool | Unset = UNSET,
        is_private: bool | Unset = UNSET,
        hide_book_a_team_member: bool | Unset = UNSET,
        metadata: CreateTeamInputMetadata | Unset = UNSET,
        theme: str | Unset = UNSET,
        brand_color: str | Unset = UNSET,
        dark_brand_color: str | Unset = UNSET,
        banner_url: str | Unset = UNSET,
        time_format: float | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        week_start: str | Unset = UNSET,
        auto_accept_creator: bool | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["name"] = name

        _slug = slug

        if not isinstance(_slug, Unset):
            data["slug"] = _slug
        _logo_url = logo_url

        if not isinstance(_logo_url, Unset):
            data["logoUrl"] = _logo_url
        _cal_video_logo = cal_video_logo

        if not isinstance(_cal_video_logo, Unset):
            data["calVideoLogo"] = _cal_video_logo
        _app_logo = app_logo

        if not isinstance(_app_logo, Unset):
            data["appLogo"] = _app_logo
        _app_icon_logo = app_icon_logo

        if not isinstance(_app_icon_logo, Unset):
            data["appIconLogo"] = _app_icon_logo
        _bio = bio

        if not isinstance(_bio, Unset):
            data["bio"] = _bio
        _hide_branding = hide_branding

        if not isinstance(_hide_branding, Unset):
            data["hideBranding"] = _hide_branding
        _is_private = is_private

        if not isinstance(_is_private, Unset):
            data["isPrivate"] = _is_private
        _hide_book_a_team_member = hide_book_a_team_member

        if not isinstance(_hide_book_a_team_member, Unset):
            data["hideBookATeamMember"] = _hide_book_a_team_member
        _metadata = UNSET
        if not isinstance(metadata, Unset):
            _metadata = as_json(metadata)

        if not isinstance(_metadata, Unset):
            data["metadata"] = _metadata
        _theme = theme

        if not isinstance(_theme, Unset):
            data["theme"] = _theme
        _brand_color = brand_color

        if not isinstance(_brand_color, Unset):
            data["brandColor"] = _brand_color
        _dark_brand_color = dark_brand_color

        if not isinstance(_dark_brand_color, Unset):
            data["darkBrandColor"] = _dark_brand_color
        _banner_url = banner_url

        if not isinstance(_banner_url, Unset):
            data["bannerUrl"] = _banner_url
        _time_format = time_format

        if not isinstance(_time_format, Unset):
            data["timeFormat"] = _time_format
        _time_zone = time_zone

        if not isinstance(_time_zone, Unset):
            data["timeZone"] = _time_zone
        _week_start = week_start

        if not isinstance(_week_start, Unset):
            data["weekStart"] = _week_start
        _auto_accept_creator = auto_accept_creator

        if not isinstance(_auto_accept_creator, Unset):
            data["autoAcceptCreator"] = _auto_accept_creator
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def name(self) -> str:
        """Name of the team"""
        return cast(str, self._req("name"))

    @property
    def slug(self) -> str | Unset:
        """Team slug in kebab-case - if not provided will be generated automatically based on name."""
        return cast(str | Unset, self._data.get("slug", UNSET))

    @property
    def logo_url(self) -> str | Unset:
        """URL of the teams logo image"""
        return cast(str | Unset, self._data.get("logoUrl", UNSET))

    @property
    def cal_video_logo(self) -> str | Unset:
        return cast(str | Unset, self._data.get("calVideoLogo", UNSET))

    @property
    def app_logo(self) -> str | Unset:
        return cast(str | Unset, self._data.get("appLogo", UNSET))

    @property
    def app_icon_logo(self) -> str | Unset:
        return cast(str | Unset, self._data.get("appIconLogo", UNSET))

    @property
    def bio(self) -> str | Unset:
        return cast(str | Unset, self._data.get("bio", UNSET))

    @property
    def hide_branding(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("hideBranding", UNSET))

    @property
    def is_private(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("isPrivate", UNSET))

    @property
    def hide_book_a_team_member(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("hideBookATeamMember", UNSET))

    @property
    def metadata(self) -> CreateTeamInputMetadata | Unset:
        """You can store any additional data you want here.
        Metadata must have at most 50 keys, each key up to 40 characters.
        Values can be strings (up to 500 characters), numbers, or booleans."""
        from ..models.create_team_input_metadata import CreateTeamInputMetadata  # noqa: PLC0415

        _metadata = self._data.get("metadata", UNSET)
        metadata: CreateTeamInputMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CreateTeamInputMetadata.from_dict(_metadata)

        return metadata

    @property
    def theme(self) -> str | Unset:
        return cast(str | Unset, self._data.get("theme", UNSET))

    @property
    def brand_color(self) -> str | Unset:
        return cast(str | Unset, self._data.get("brandColor", UNSET))

    @property
    def dark_brand_color(self) -> str | Unset:
        return cast(str | Unset, self._data.get("darkBrandColor", UNSET))

    @property
    def banner_url(self) -> str | Unset:
        """URL of the teams banner image which is shown on booker"""
        return cast(str | Unset, self._data.get("bannerUrl", UNSET))

    @property
    def time_format(self) -> float | Unset:
        return cast(float | Unset, self._data.get("timeFormat", UNSET))

    @property
    def time_zone(self) -> str | Unset:
        """Timezone is used to create teams's default schedule from Monday to Friday from 9AM to 5PM. It will
        default to Europe/London if not passed."""
        return cast(str | Unset, self._data.get("timeZone", UNSET))

    @property
    def week_start(self) -> str | Unset:
        return cast(str | Unset, self._data.get("weekStart", UNSET))

    @property
    def auto_accept_creator(self) -> bool | Unset:
        """If you are a platform customer, don't pass 'false', because then team creator won't be able to
        create team event types."""
        return cast(bool | Unset, self._data.get("autoAcceptCreator", UNSET))
