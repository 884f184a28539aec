# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_org_users_with_profile_output_metadata import GetOrgUsersWithProfileOutputMetadata
    from ..models.profile_output import ProfileOutput


class GetOrgUsersWithProfileOutput(ApiModel):
    """
    Attributes:
        id (int): The ID of the user Example: 1.
        email (str): The email of the user Example: john@example.com.
        time_zone (str): The time zone of the user Example: America/New_York.
        week_start (str): The week start day of the user Example: Monday.
        hide_branding (bool): Whether to hide branding for the user Example: False.
        created_date (datetime.datetime): The date when the user was created Example: 2022-01-01T00:00:00Z.
        profile (ProfileOutput):
        username (None | str | Unset): The username of the user Example: john_doe.
        name (None | str | Unset): The name of the user Example: John Doe.
        email_verified (datetime.datetime | None | Unset): The date when the email was verified Example:
            2022-01-01T00:00:00Z.
        bio (None | str | Unset): The bio of the user Example: I am a software developer.
        avatar_url (None | str | Unset): The URL of the user's avatar Example: https://example.com/avatar.jpg.
        app_theme (None | str | Unset): The app theme of the user Example: light.
        theme (None | str | Unset): The theme of the user Example: default.
        default_schedule_id (int | None | Unset): The ID of the default schedule for the user Example: 1.
        locale (None | str | Unset): The locale of the user Example: en-US.
        time_format (float | None | Unset): The time format of the user Example: 12.
        brand_color (None | str | Unset): The brand color of the user Example: #ffffff.
        dark_brand_color (None | str | Unset): The dark brand color of the user Example: #000000.
        allow_dynamic_booking (bool | None | Unset): Whether dynamic booking is allowed for the user Example: True.
        verified (bool | None | Unset): Whether the user is verified Example: True.
        invited_to (float | None | Unset): The ID of the user who invited this user Example: 1.
        metadata (GetOrgUsersWithProfileOutputMetadata | Unset):  Example: {'key': 'value'}.
    """

    __slots__ = ()
    _fields = frozenset(
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
    _required = frozenset(
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
        username: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        email_verified: datetime.datetime | None | Unset = UNSET,
        bio: None | str | Unset = UNSET,
        avatar_url: None | str | Unset = UNSET,
        app_theme: None | str | Unset = UNSET,
        theme: None | str | Unset = UNSET,
        default_schedule_id: int | None | Unset = UNSET,
        locale: None | str | Unset = UNSET,
        time_format: float | None | Unset = UNSET,
        brand_color: None | str | Unset = UNSET,
        dark_brand_color: None | str | Unset = UNSET,
        allow_dynamic_booking: bool | None | Unset = UNSET,
        verified: bool | None | Unset = UNSET,
        invited_to: float | None | Unset = UNSET,
        metadata: GetOrgUsersWithProfileOutputMetadata | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["email"] = email

        data["timeZone"] = time_zone

        data["weekStart"] = week_start

        data["hideBranding"] = hide_branding

        data["createdDate"] = created_date if isinstance(created_date, str) else created_date.isoformat()

        data["profile"] = as_json(profile)

        if isinstance(username, Unset):
            _username = UNSET
        else:
            _username = username

        if not isinstance(_username, Unset):
            data["username"] = _username

        if isinstance(name, Unset):
            _name = UNSET
        else:
            _name = name

        if not isinstance(_name, Unset):
            data["name"] = _name

        if isinstance(email_verified, Unset):
            _email_verified = UNSET
        elif isinstance(email_verified, datetime.datetime):
            _email_verified = email_verified if isinstance(email_verified, str) else email_verified.isoformat()
        else:
            _email_verified = email_verified

        if not isinstance(_email_verified, Unset):
            data["emailVerified"] = _email_verified

        if isinstance(bio, Unset):
            _bio = UNSET
        else:
            _bio = bio

        if not isinstance(_bio, Unset):
            data["bio"] = _bio

        if isinstance(avatar_url, Unset):
            _avatar_url = UNSET
        else:
            _avatar_url = avatar_url

        if not isinstance(_avatar_url, Unset):
            data["avatarUrl"] = _avatar_url

        if isinstance(app_theme, Unset):
            _app_theme = UNSET
        else:
            _app_theme = app_theme

        if not isinstance(_app_theme, Unset):
            data["appTheme"] = _app_theme

        if isinstance(theme, Unset):
            _theme = UNSET
        else:
            _theme = theme

        if not isinstance(_theme, Unset):
            data["theme"] = _theme

        if isinstance(default_schedule_id, Unset):
            _default_schedule_id = UNSET
        else:
            _default_schedule_id = default_schedule_id

        if not isinstance(_default_schedule_id, Unset):
            data["defaultScheduleId"] = _default_schedule_id

        if isinstance(locale, Unset):
            _locale = UNSET
        else:
            _locale = locale

        if not isinstance(_locale, Unset):
            data["locale"] = _locale

        if isinstance(time_format, Unset):
            _time_format = UNSET
        else:
            _time_format = time_format

        if not isinstance(_time_format, Unset):
            data["timeFormat"] = _time_format

        if isinstance(brand_color, Unset):
            _brand_color = UNSET
        else:
            _brand_color = brand_color

        if not isinstance(_brand_color, Unset):
            data["brandColor"] = _brand_color

        if isinstance(dark_brand_color, Unset):
            _dark_brand_color = UNSET
        else:
            _dark_brand_color = dark_brand_color

        if not isinstance(_dark_brand_color, Unset):
            data["darkBrandColor"] = _dark_brand_color

        if isinstance(allow_dynamic_booking, Unset):
            _allow_dynamic_booking = UNSET
        else:
            _allow_dynamic_booking = allow_dynamic_booking

        if not isinstance(_allow_dynamic_booking, Unset):
            data["allowDynamicBooking"] = _allow_dynamic_booking

        if isinstance(verified, Unset):
            _verified = UNSET
        else:
            _verified = verified

        if not isinstance(_verified, Unset):
            data["verified"] = _verified

        if isinstance(invited_to, Unset):
            _invited_to = UNSET
        else:
            _invited_to = invited_to

        if not isinstance(_invited_to, Unset):
            data["invitedTo"] = _invited_to
        _metadata = UNSET
        if not isinstance(metadata, Unset):
            _metadata = as_json(metadata)

        if not isinstance(_metadata, Unset):
            data["metadata"] = _metadata
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> int:
        """The ID of the user"""
        return cast(int, self._req("id"))

    @property
    def email(self) -> str:
        """The email of the user"""
        return cast(str, self._req("email"))

    @property
    def time_zone(self) -> str:
        """The time zone of the user"""
        return cast(str, self._req("timeZone"))

    @property
    def week_start(self) -> str:
        """The week start day of the user"""
        return cast(str, self._req("weekStart"))

    @property
    def hide_branding(self) -> bool:
        """Whether to hide branding for the user"""
        return cast(bool, self._req("hideBranding"))

    @property
    def created_date(self) -> datetime.datetime:
        """The date when the user was created"""
        created_date = datetime.datetime.fromisoformat(self._req("createdDate"))

        return created_date

    @property
    def profile(self) -> ProfileOutput:
        from ..models.profile_output import ProfileOutput  # noqa: PLC0415

        profile = ProfileOutput.from_dict(self._req("profile"))

        return profile

    @property
    def username(self) -> None | str | Unset:
        """The username of the user"""

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(self._data.get("username", UNSET))

        return username

    @property
    def name(self) -> None | str | Unset:
        """The name of the user"""

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(self._data.get("name", UNSET))

        return name

    @property
    def email_verified(self) -> datetime.datetime | None | Unset:
        """The date when the email was verified"""

        def _parse_email_verified(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                email_verified_type_0 = datetime.datetime.fromisoformat(data)

                return email_verified_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        email_verified = _parse_email_verified(self._data.get("emailVerified", UNSET))

        return email_verified

    @property
    def bio(self) -> None | str | Unset:
        """The bio of the user"""

        def _parse_bio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bio = _parse_bio(self._data.get("bio", UNSET))

        return bio

    @property
    def avatar_url(self) -> None | str | Unset:
        """The URL of the user's avatar"""

        def _parse_avatar_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_url = _parse_avatar_url(self._data.get("avatarUrl", UNSET))

        return avatar_url

    @property
    def app_theme(self) -> None | str | Unset:
        """The app theme of the user"""

        def _parse_app_theme(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_theme = _parse_app_theme(self._data.get("appTheme", UNSET))

        return app_theme

    @property
    def theme(self) -> None | str | Unset:
        """The theme of the user"""

        def _parse_theme(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        theme = _parse_theme(self._data.get("theme", UNSET))

        return theme

    @property
    def default_schedule_id(self) -> int | None | Unset:
        """The ID of the default schedule for the user"""

        def _parse_default_schedule_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_schedule_id = _parse_default_schedule_id(self._data.get("defaultScheduleId", UNSET))

        return default_schedule_id

    @property
    def locale(self) -> None | str | Unset:
        """The locale of the user"""

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(self._data.get("locale", UNSET))

        return locale

    @property
    def time_format(self) -> float | None | Unset:
        """The time format of the user"""

        def _parse_time_format(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        time_format = _parse_time_format(self._data.get("timeFormat", UNSET))

        return time_format

    @property
    def brand_color(self) -> None | str | Unset:
        """The brand color of the user"""

        def _parse_brand_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_color = _parse_brand_color(self._data.get("brandColor", UNSET))

        return brand_color

    @property
    def dark_brand_color(self) -> None | str | Unset:
        """The dark brand color of the user"""

        def _parse_dark_brand_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dark_brand_color = _parse_dark_brand_color(self._data.get("darkBrandColor", UNSET))

        return dark_brand_color

    @property
    def allow_dynamic_booking(self) -> bool | None | Unset:
        """Whether dynamic booking is allowed for the user"""

        def _parse_allow_dynamic_booking(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_dynamic_booking = _parse_allow_dynamic_booking(self._data.get("allowDynamicBooking", UNSET))

        return allow_dynamic_booking

    @property
    def verified(self) -> bool | None | Unset:
        """Whether the user is verified"""

        def _parse_verified(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        verified = _parse_verified(self._data.get("verified", UNSET))

        return verified

    @property
    def invited_to(self) -> float | None | Unset:
        """The ID of the user who invited this user"""

        def _parse_invited_to(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        invited_to = _parse_invited_to(self._data.get("invitedTo", UNSET))

        return invited_to

    @property
    def metadata(self) -> GetOrgUsersWithProfileOutputMetadata | Unset:
        from ..models.get_org_users_with_profile_output_metadata import GetOrgUsersWithProfileOutputMetadata  # noqa: PLC0415

        _metadata = self._data.get("metadata", UNSET)
        metadata: GetOrgUsersWithProfileOutputMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = GetOrgUsersWithProfileOutputMetadata.from_dict(_metadata)

        return metadata
