# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class DeletedCalendarCredentialsOutputDto(ApiModel):
    """
    Attributes:
        id (int):
        type_ (str):
        user_id (int | None):
        team_id (int | None):
        app_id (None | str):
        invalid (bool | None):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "type",
            "userId",
            "teamId",
            "appId",
            "invalid",
        }
    )
    _required = frozenset(
        {
            "id",
            "type",
            "userId",
            "teamId",
            "appId",
            "invalid",
        }
    )

    def __init__(
        self,
        *,
        id: int,
        type_: str,
        user_id: int | None,
        team_id: int | None,
        app_id: None | str,
        invalid: bool | None,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["type"] = type_

        data["userId"] = user_id

        data["teamId"] = team_id

        data["appId"] = app_id

        data["invalid"] = invalid

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> int:
        return cast(int, self._req("id"))

    @property
    def type_(self) -> str:
        return cast(str, self._req("type"))

    @property
    def user_id(self) -> int | None:
        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        user_id = _parse_user_id(self._req("userId"))

        return user_id

    @property
    def team_id(self) -> int | None:
        def _parse_team_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        team_id = _parse_team_id(self._req("teamId"))

        return team_id

    @property
    def app_id(self) -> None | str:
        def _parse_app_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        app_id = _parse_app_id(self._req("appId"))

        return app_id

    @property
    def invalid(self) -> bool | None:
        def _parse_invalid(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        invalid = _parse_invalid(self._req("invalid"))

        return invalid
