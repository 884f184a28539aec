# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class ProfileOutput(ApiModel):
    """
    Attributes:
        id (int): The ID of the profile of user Example: 1.
        organization_id (int): The ID of the organization of user Example: 1.
        user_id (int): The IDof the user Example: 1.
        username (None | str | Unset): The username of the user within the organization context Example: john_doe.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "organizationId",
            "userId",
            "username",
        }
    )
    _required = frozenset(
        {
            "id",
            "organizationId",
            "userId",
        }
    )

    def __init__(
        self,
        *,
        id: int,
        organization_id: int,
        user_id: int,
        username: None | str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["organizationId"] = organization_id

        data["userId"] = user_id

        if isinstance(username, Unset):
            _username = UNSET
        else:
            _username = username

        if not isinstance(_username, Unset):
            data["username"] = _username
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> int:
        """The ID of the profile of user"""
        return cast(int, self._req("id"))

    @property
    def organization_id(self) -> int:
        """The ID of the organization of user"""
        return cast(int, self._req("organizationId"))

    @property
    def user_id(self) -> int:
        """The IDof the user"""
        return cast(int, self._req("userId"))

    @property
    def username(self) -> None | str | Unset:
        """The username of the user within the organization context"""

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(self._data.get("username", UNSET))

        return username
