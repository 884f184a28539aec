# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_organization_user_input_organization_role import CreateOrganizationUserInputOrganizationRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_organization_user_input_metadata import CreateOrganizationUserInputMetadata


class CreateOrganizationUserInput(ApiModel):
    """
    Attributes:
        email (str): User email address Example: user@example.com.
        username (str | Unset): Username Example: user123.
        weekday (str | Unset): Preferred weekday Example: Monday.
        brand_color (str | Unset): Brand color in HEX format Example: #FFFFFF.
        bio (str | Unset): Bio Example: I am a bio.
        metadata (CreateOrganizationUserInputMetadata | Unset): You can store any additional data you want here.
            Metadata must have at most 50 keys, each key up to 40 characters, and values up to 500 characters. Example:
            {'key': 'value'}.
        dark_brand_color (str | Unset): Dark brand color in HEX format Example: #000000.
        hide_branding (bool | Unset): Hide branding Example: False.
        time_zone (str | Unset): Time zone Example: America/New_York.
        theme (None | str | Unset): Theme Example: dark.
        app_theme (None | str | Unset): Application theme Example: light.
        time_format (float | Unset): Time format Example: 24.
        default_schedule_id (int | Unset): Default schedule ID Example: 1.
        locale (None | str | Unset): Locale Default: 'en'. Example: en.
        avatar_url (str | Unset): Avatar URL Example: https://example.com/avatar.jpg.
        organization_role (CreateOrganizationUserInputOrganizationRole | Unset):  Default:
            CreateOrganizationUserInputOrganizationRole.MEMBER.
        auto_accept (bool | Unset):  Default: True.
    """

    __slots__ = ()
    _fields = frozenset(
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
    _required = frozenset(
        {
            "email",
        }
    )

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
        theme: None | str | Unset = UNSET,
        app_theme: None | str | Unset = UNSET,
        time_format: float | Unset = UNSET,
        default_schedule_id: int | Unset = UNSET,
        locale: None | str | Unset = UNSET,
        avatar_url: str | Unset = UNSET,
        organization_role: CreateOrganizationUserInputOrganizationRole | Unset = UNSET,
        auto_accept: bool | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["email"] = email

        _username = username

        if not isinstance(_username, Unset):
            data["username"] = _username
        _weekday = weekday

        if not isinstance(_weekday, Unset):
            data["weekday"] = _weekday
        _brand_color = brand_color

        if not isinstance(_brand_color, Unset):
            data["brandColor"] = _brand_color
        _bio = bio

        if not isinstance(_bio, Unset):
            data["bio"] = _bio
        _metadata = UNSET
        if not isinstance(metadata, Unset):
            _metadata = as_json(metadata)

        if not isinstance(_metadata, Unset):
            data["metadata"] = _metadata
        _dark_brand_color = dark_brand_color

        if not isinstance(_dark_brand_color, Unset):
            data["darkBrandColor"] = _dark_brand_color
        _hide_branding = hide_branding

        if not isinstance(_hide_branding, Unset):
            data["hideBranding"] = _hide_branding
        _time_zone = time_zone

        if not isinstance(_time_zone, Unset):
            data["timeZone"] = _time_zone

        if isinstance(theme, Unset):
            _theme = UNSET
        else:
            _theme = theme

        if not isinstance(_theme, Unset):
            data["theme"] = _theme

        if isinstance(app_theme, Unset):
            _app_theme = UNSET
        else:
            _app_theme = app_theme

        if not isinstance(_app_theme, Unset):
            data["appTheme"] = _app_theme
        _time_format = time_format

        if not isinstance(_time_format, Unset):
            data["timeFormat"] = _time_format
        _default_schedule_id = default_schedule_id

        if not isinstance(_default_schedule_id, Unset):
            data["defaultScheduleId"] = _default_schedule_id

        if isinstance(locale, Unset):
            _locale = UNSET
        else:
            _locale = locale

        if not isinstance(_locale, Unset):
            data["locale"] = _locale
        _avatar_url = avatar_url

        if not isinstance(_avatar_url, Unset):
            data["avatarUrl"] = _avatar_url
        _organization_role = UNSET
        if not isinstance(organization_role, Unset):
            _organization_role = CreateOrganizationUserInputOrganizationRole(organization_role).value

        if not isinstance(_organization_role, Unset):
            data["organizationRole"] = _organization_role
        _auto_accept = auto_accept

        if not isinstance(_auto_accept, Unset):
            data["autoAccept"] = _auto_accept
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def email(self) -> str:
        """User email address"""
        return cast(str, self._req("email"))

    @property
    def username(self) -> str | Unset:
        """Username"""
        return cast(str | Unset, self._data.get("username", UNSET))

    @property
    def weekday(self) -> str | Unset:
        """Preferred weekday"""
        return cast(str | Unset, self._data.get("weekday", UNSET))

    @property
    def brand_color(self) -> str | Unset:
        """Brand color in HEX format"""
        return cast(str | Unset, self._data.get("brandColor", UNSET))

    @property
    def bio(self) -> str | Unset:
        """Bio"""
        return cast(str | Unset, self._data.get("bio", UNSET))

    @property
    def metadata(self) -> CreateOrganizationUserInputMetadata | Unset:
        """You can store any additional data you want here. Metadata must have at most 50 keys, each key up to
        40 characters, and values up to 500 characters."""
        from ..models.create_organization_user_input_metadata import CreateOrganizationUserInputMetadata  # noqa: PLC0415

        _metadata = self._data.get("metadata", UNSET)
        metadata: CreateOrganizationUserInputMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CreateOrganizationUserInputMetadata.from_dict(_metadata)

        return metadata

    @property
    def dark_brand_color(self) -> str | Unset:
        """Dark brand color in HEX format"""
        return cast(str | Unset, self._data.get("darkBrandColor", UNSET))

    @property
    def hide_branding(self) -> bool | Unset:
        """Hide branding"""
        return cast(bool | Unset, self._data.get("hideBranding", UNSET))

    @property
    def time_zone(self) -> str | Unset:
        """Time zone"""
        return cast(str | Unset, self._data.get("timeZone", UNSET))

    @property
    def theme(self) -> None | str | Unset:
        """Theme"""

        def _parse_theme(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        theme = _parse_theme(self._data.get("theme", UNSET))

        return theme

    @property
    def app_theme(self) -> None | str | Unset:
        """Application theme"""

        def _parse_app_theme(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_theme = _parse_app_theme(self._data.get("appTheme", UNSET))

        return app_theme

    @property
    def time_format(self) -> float | Unset:
        """Time format"""
        return cast(float | Unset, self._data.get("timeFormat", UNSET))

    @property
    def default_schedule_id(self) -> int | Unset:
        """Default schedule ID"""
        return cast(int | Unset, self._data.get("defaultScheduleId", UNSET))

    @property
    def locale(self) -> None | str | Unset:
        """Locale"""

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(self._data.get("locale", UNSET))

        return locale

    @property
    def avatar_url(self) -> str | Unset:
        """Avatar URL"""
        return cast(str | Unset, self._data.get("avatarUrl", UNSET))

    @property
    def organization_role(self) -> CreateOrganizationUserInputOrganizationRole | Unset:
        _organization_role = self._data.get("organizationRole", UNSET)
        organization_role: CreateOrganizationUserInputOrganizationRole | Unset
        if isinstance(_organization_role, Unset):
            organization_role = UNSET
        else:
            organization_role = CreateOrganizationUserInputOrganizationRole(_organization_role)

        return organization_role

    @property
    def auto_accept(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("autoAccept", UNSET))
