# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class ConferencingAppsOutputDto(ApiModel):
    """
    Attributes:
        id (int): Id of the conferencing app credentials
        type_ (str): Type of conferencing app Example: google_video.
        user_id (int): Id of the user associated to the conferencing app
        invalid (bool | None | Unset): Whether if the connection is working or not. Example: True.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "type",
            "userId",
            "invalid",
        }
    )
    _required = frozenset(
        {
            "id",
            "type",
            "userId",
        }
    )

    def __init__(
        self,
        *,
        id: int,
        type_: str,
        user_id: int,
        invalid: bool | None | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["type"] = type_

        data["userId"] = user_id

        if isinstance(invalid, Unset):
            _invalid = UNSET
        else:
            _invalid = invalid

        if not isinstance(_invalid, Unset):
            data["invalid"] = _invalid
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> int:
        """Id of the conferencing app credentials"""
        return cast(int, self._req("id"))

    @property
    def type_(self) -> str:
        """Type of conferencing app"""
        return cast(str, self._req("type"))

    @property
    def user_id(self) -> int:
        """Id of the user associated to the conferencing app"""
        return cast(int, self._req("userId"))

    @property
    def invalid(self) -> bool | None | Unset:
        """Whether if the connection is working or not."""

        def _parse_invalid(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        invalid = _parse_invalid(self._data.get("invalid", UNSET))

        return invalid
