# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_managed_user_input_locale import CreateManagedUserInputLocale
from ..models.create_managed_user_input_time_format import CreateManagedUserInputTimeFormat
from ..models.create_managed_user_input_week_start import CreateManagedUserInputWeekStart
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_managed_user_input_metadata import CreateManagedUserInputMetadata


class CreateManagedUserInput(ApiModel):
    """
    Attributes:
        email (str):  Example: alice@example.com.
        name (str): Managed user's name is used in emails Example: Alice Smith.
        time_format (CreateManagedUserInputTimeFormat | Unset): Must be a number 12 or 24 Example: 12.
        week_start (CreateManagedUserInputWeekStart | Unset):  Example: Monday.
        time_zone (str | Unset): Timezone is used to create user's default schedule from Monday to Friday from 9AM to
            5PM. If it is not passed then user does not have
                  a default schedule and it must be created manually via the /schedules endpoint. Until the schedule is
            created, the user can't access availability atom to set his / her availability nor booked.
                  It will default to Europe/London if not passed. Example: America/New_York.
        locale (CreateManagedUserInputLocale | Unset):  Example: en.
        avatar_url (str | Unset): URL of the user's avatar image Example:
            https://cal.com/api/avatar/2b735186-b01b-46d3-87da-019b8f61776b.png.
        bio (str | Unset): Bio Example: I am a bio.
        metadata (CreateManagedUserInputMetadata | Unset): You can store any additional data you want here. Metadata
            must have at most 50 keys, each key up to 40 characters, and values up to 500 characters. Example: {'key':
            'value'}.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "email",
            "name",
            "timeFormat",
            "weekStart",
            "timeZone",
            "locale",
            "avatarUrl",
            "bio",
            "metadata",
        }
    )
    _required = frozenset(
        {
            "email",
            "name",
        }
    )

    def __init__(
        self,
        *,
        email: str,
        name: str,
        time_format: CreateManagedUserInputTimeFormat | Unset = UNSET,
        week_start: CreateManagedUserInputWeekStart | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        locale: CreateManagedUserInputLocale | Unset = UNSET,
        avatar_url: str | Unset = UNSET,
        bio: str | Unset = UNSET,
        metadata: CreateManagedUserInputMetadata | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["email"] = email

        data["name"] = name

        _time_format = UNSET
        if not isinstance(time_format, Unset):
            _time_format = CreateManagedUserInputTimeFormat(time_format).value

        if not isinstance(_time_format, Unset):
            data["timeFormat"] = _time_format
        _week_start = UNSET
        if not isinstance(week_start, Unset):
            _week_start = CreateManagedUserInputWeekStart(week_start).value

        if not isinstance(_week_start, Unset):
            data["weekStart"] = _week_start
        _time_zone = time_zone

        if not isinstance(_time_zone, Unset):
            data["timeZone"] = _time_zone
        _locale = UNSET
        if not isinstance(locale, Unset):
            _locale = CreateManagedUserInputLocale(locale).value

        if not isinstance(_locale, Unset):
            data["locale"] = _locale
        _avatar_url = avatar_url

        if not isinstance(_avatar_url, Unset):
            data["avatarUrl"] = _avatar_url
        _bio = bio

        if not isinstance(_bio, Unset):
            data["bio"] = _bio
        _metadata = UNSET
        if not isinstance(metadata, Unset):
            _metadata = as_json(metadata)

        if not isinstance(_metadata, Unset):
            data["metadata"] = _metadata
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def email(self) -> str:
        return cast(str, self._req("email"))

    @property
    def name(self) -> str:
        """Managed user's name is used in emails"""
        return cast(str, self._req("name"))

    @property
    def time_format(self) -> CreateManagedUserInputTimeFormat | Unset:
        """Must be a number 12 or 24"""
        _time_format = self._data.get("timeFormat", UNSET)
        time_format: CreateManagedUserInputTimeFormat | Unset
        if isinstance(_time_format, Unset):
            time_format = UNSET
        else:
            time_format = CreateManagedUserInputTimeFormat(_time_format)

        return time_format

    @property
    def week_start(self) -> CreateManagedUserInputWeekStart | Unset:
        _week_start = self._data.get("weekStart", UNSET)
        week_start: CreateManagedUserInputWeekStart | Unset
        if isinstance(_week_start, Unset):
            week_start = UNSET
        else:
            week_start = CreateManagedUserInputWeekStart(_week_start)

        return week_start

    @property
    def time_zone(self) -> str | Unset:
        """Timezone is used to create user's default schedule from Monday to Friday from 9AM to 5PM. If it is
        not passed then user does not have
              a default schedule and it must be created manually via the /schedules endpoint. Until the
        schedule is created, the user can't access availability atom to set his / her availability nor
        booked.
              It will default to Europe/London if not passed."""
        return cast(str | Unset, self._data.get("timeZone", UNSET))

    @property
    def locale(self) -> CreateManagedUserInputLocale | Unset:
        _locale = self._data.get("locale", UNSET)
        locale: CreateManagedUserInputLocale | Unset
        if isinstance(_locale, Unset):
            locale = UNSET
        else:
            locale = CreateManagedUserInputLocale(_locale)

        return locale

    @property
    def avatar_url(self) -> str | Unset:
        """URL of the user's avatar image"""
        return cast(str | Unset, self._data.get("avatarUrl", UNSET))

    @property
    def bio(self) -> str | Unset:
        """Bio"""
        return cast(str | Unset, self._data.get("bio", UNSET))

    @property
    def metadata(self) -> CreateManagedUserInputMetadata | Unset:
        """You can store any additional data you want here. Metadata must have at most 50 keys, each key up to
        40 characters, and values up to 500 characters."""
        from ..models.create_managed_user_input_metadata import CreateManagedUserInputMetadata  # noqa: PLC0415

        _metadata = self._data.get("metadata", UNSET)
        metadata: CreateManagedUserInputMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CreateManagedUserInputMetadata.from_dict(_metadata)

        return metadata
