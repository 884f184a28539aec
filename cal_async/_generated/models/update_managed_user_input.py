# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.update_managed_user_input_locale import UpdateManagedUserInputLocale
from ..models.update_managed_user_input_time_format import UpdateManagedUserInputTimeFormat
from ..models.update_managed_user_input_week_start import UpdateManagedUserInputWeekStart
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_managed_user_input_metadata import UpdateManagedUserInputMetadata


class UpdateManagedUserInput(ApiModel):
    """
    Attributes:
        email (str | Unset):
        name (str | Unset):
        time_format (UpdateManagedUserInputTimeFormat | Unset): Must be 12 or 24 Example: 12.
        default_schedule_id (int | Unset):
        week_start (UpdateManagedUserInputWeekStart | Unset):  Example: Monday.
        time_zone (str | Unset):
        locale (UpdateManagedUserInputLocale | Unset):  Example: en.
        avatar_url (str | Unset): URL of the user's avatar image Example:
            https://cal.com/api/avatar/2b735186-b01b-46d3-87da-019b8f61776b.png.
        bio (str | Unset): Bio Example: I am a bio.
        metadata (UpdateManagedUserInputMetadata | Unset): You can store any additional data you want here. Metadata
            must have at most 50 keys, each key up to 40 characters, and values up to 500 characters. Example: {'key':
            'value'}.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "email",
            "name",
            "timeFormat",
            "defaultScheduleId",
            "weekStart",
            "timeZone",
            "locale",
            "avatarUrl",
            "bio",
            "metadata",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        time_format: UpdateManagedUserInputTimeFormat | Unset = UNSET,
        default_schedule_id: int | Unset = UNSET,
        week_start: UpdateManagedUserInputWeekStart | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        locale: UpdateManagedUserInputLocale | Unset = UNSET,
        avatar_url: str | Unset = UNSET,
        bio: str | Unset = UNSET,
        metadata: UpdateManagedUserInputMetadata | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        _email = email

        if not isinstance(_email, Unset):
            data["email"] = _email
        _name = name

        if not isinstance(_name, Unset):
            data["name"] = _name
        _time_format = UNSET
        if not isinstance(time_format, Unset):
            _time_format = UpdateManagedUserInputTimeFormat(time_format).value

        if not isinstance(_time_format, Unset):
            data["timeFormat"] = _time_format
        _default_schedule_id = default_schedule_id

        if not isinstance(_default_schedule_id, Unset):
            data["defaultScheduleId"] = _default_schedule_id
        _week_start = UNSET
        if not isinstance(week_start, Unset):
            _week_start = UpdateManagedUserInputWeekStart(week_start).value

        if not isinstance(_week_start, Unset):
            data["weekStart"] = _week_start
        _time_zone = time_zone

        if not isinstance(_time_zone, Unset):
            data["timeZone"] = _time_zone
        _locale = UNSET
        if not isinstance(locale, Unset):
            _locale = UpdateManagedUserInputLocale(locale).value

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
    def email(self) -> str | Unset:
        return cast(str | Unset, self._data.get("email", UNSET))

    @property
    def name(self) -> str | Unset:
        return cast(str | Unset, self._data.get("name", UNSET))

    @property
    def time_format(self) -> UpdateManagedUserInputTimeFormat | Unset:
        """Must be 12 or 24"""
        _time_format = self._data.get("timeFormat", UNSET)
        time_format: UpdateManagedUserInputTimeFormat | Unset
        if isinstance(_time_format, Unset):
            time_format = UNSET
        else:
            time_format = UpdateManagedUserInputTimeFormat(_time_format)

        return time_format

    @property
    def default_schedule_id(self) -> int | Unset:
        return cast(int | Unset, self._data.get("defaultScheduleId", UNSET))

    @property
    def week_start(self) -> UpdateManagedUserInputWeekStart | Unset:
        _week_start = self._data.get("weekStart", UNSET)
        week_start: UpdateManagedUserInputWeekStart | Unset
        if isinstance(_week_start, Unset):
            week_start = UNSET
        else:
            week_start = UpdateManagedUserInputWeekStart(_week_start)

        return week_start

    @property
    def time_zone(self) -> str | Unset:
        return cast(str | Unset, self._data.get("timeZone", UNSET))

    @property
    def locale(self) -> UpdateManagedUserInputLocale | Unset:
        _locale = self._data.get("locale", UNSET)
        locale: UpdateManagedUserInputLocale | Unset
        if isinstance(_locale, Unset):
            locale = UNSET
        else:
            locale = UpdateManagedUserInputLocale(_locale)

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
    def metadata(self) -> UpdateManagedUserInputMetadata | Unset:
        """You can store any additional data you want here. Metadata must have at most 50 keys, each key up to
        40 characters, and values up to 500 characters."""
        from ..models.update_managed_user_input_metadata import UpdateManagedUserInputMetadata  # noqa: PLC0415

        _metadata = self._data.get("metadata", UNSET)
        metadata: UpdateManagedUserInputMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = UpdateManagedUserInputMetadata.from_dict(_metadata)

        return metadata
