# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.managed_user_output_locale import ManagedUserOutputLocale
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.managed_user_output_metadata import ManagedUserOutputMetadata


class ManagedUserOutput(ApiModel):
    """
    Attributes:
        id (int):  Example: 1.
        email (str):  Example: alice+cluo37fwd0001khkzqqynkpj3@example.com.
        username (None | str):  Example: alice.
        name (None | str):  Example: alice.
        bio (None | str):  Example: bio.
        time_zone (str):  Example: America/New_York.
        week_start (str):  Example: Sunday.
        created_date (str):  Example: 2024-04-01T00:00:00.000Z.
        time_format (float | None):  Example: 12.
        default_schedule_id (int | None):
        locale (ManagedUserOutputLocale | Unset):  Example: en.
        avatar_url (None | str | Unset): URL of the user's avatar image Example:
            https://cal.com/api/avatar/2b735186-b01b-46d3-87da-019b8f61776b.png.
        metadata (ManagedUserOutputMetadata | Unset):  Example: {'key': 'value'}.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "email",
            "username",
            "name",
            "bio",
            "timeZone",
            "weekStart",
            "createdDate",
            "timeFormat",
            "defaultScheduleId",
            "locale",
            "avatarUrl",
            "metadata",
        }
    )
    _required = frozenset(
        {
            "id",
            "email",
            "username",
            "name",
            "bio",
            "timeZone",
            "weekStart",
            "createdDate",
            "timeFormat",
            "defaultScheduleId",
        }
    )

    def __init__(
        self,
        *,
        id: int,
        email: str,
        username: None | str,
        name: None | str,
        bio: None | str,
        time_zone: str,
        week_start: str,
        created_date: str,
        time_format: float | None,
        default_schedule_id: int | None,
        locale: ManagedUserOutputLocale | Unset = UNSET,
        avatar_url: None | str | Unset = UNSET,
        metadata: ManagedUserOutputMetadata | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["email"] = email

        data["username"] = username

        data["name"] = name

        data["bio"] = bio

        data["timeZone"] = time_zone

        data["weekStart"] = week_start

        data["createdDate"] = created_date

        data["timeFormat"] = time_format

        data["defaultScheduleId"] = default_schedule_id

        _locale = UNSET
        if not isinstance(locale, Unset):
            _locale = ManagedUserOutputLocale(locale).value

        if not isinstance(_locale, Unset):
            data["locale"] = _locale

        if isinstance(avatar_url, Unset):
            _avatar_url = UNSET
        else:
            _avatar_url = avatar_url

        if not isinstance(_avatar_url, Unset):
            data["avatarUrl"] = _avatar_url
        _metadata = UNSET
        if not isinstance(metadata, Unset):
            _metadata = as_json(metadata)

        if not isinstance(_metadata, Unset):
            data["metadata"] = _metadata
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> int:
        return cast(int, self._req("id"))

    @property
    def email(self) -> str:
        return cast(str, self._req("email"))

    @property
    def username(self) -> None | str:
        def _parse_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        username = _parse_username(self._req("username"))

        return username

    @property
    def name(self) -> None | str:
        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(self._req("name"))

        return name

    @property
    def bio(self) -> None | str:
        def _parse_bio(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bio = _parse_bio(self._req("bio"))

        return bio

    @property
    def time_zone(self) -> str:
        return cast(str, self._req("timeZone"))

    @property
    def week_start(self) -> str:
        return cast(str, self._req("weekStart"))

    @property
    def created_date(self) -> str:
        return cast(str, self._req("createdDate"))

    @property
    def time_format(self) -> float | None:
        def _parse_time_format(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        time_format = _parse_time_format(self._req("timeFormat"))

        return time_format

    @property
    def default_schedule_id(self) -> int | None:
        def _parse_default_schedule_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        default_schedule_id = _parse_default_schedule_id(self._req("defaultScheduleId"))

        return default_schedule_id

    @property
    def locale(self) -> ManagedUserOutputLocale | Unset:
        _locale = self._data.get("locale", UNSET)
        locale: ManagedUserOutputLocale | Unset
        if isinstance(_locale, Unset):
            locale = UNSET
        else:
            locale = ManagedUserOutputLocale(_locale)

        return locale

    @property
    def avatar_url(self) -> None | str | Unset:
        """URL of the user's avatar image"""

        def _parse_avatar_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_url = _parse_avatar_url(self._data.get("avatarUrl", UNSET))

        return avatar_url

    @property
    def metadata(self) -> ManagedUserOutputMetadata | Unset:
        from ..models.managed_user_output_metadata import ManagedUserOutputMetadata  # noqa: PLC0415

        _metadata = self._data.get("metadata", UNSET)
        metadata: ManagedUserOutputMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ManagedUserOutputMetadata.from_dict(_metadata)

        return metadata
