# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class WorkingHours(ApiModel):
    """
    Attributes:
        days (list[float]):
        start_time (float):
        end_time (float):
        user_id (int | None | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "days",
            "startTime",
            "endTime",
            "userId",
        }
    )
    _required = frozenset(
        {
            "days",
            "startTime",
            "endTime",
        }
    )

    def __init__(
        self,
        *,
        days: list[float],
        start_time: float,
        end_time: float,
        user_id: int | None | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["days"] = days

        data["startTime"] = start_time

        data["endTime"] = end_time

        if isinstance(user_id, Unset):
            _user_id = UNSET
        else:
            _user_id = user_id

        if not isinstance(_user_id, Unset):
            data["userId"] = _user_id
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def days(self) -> list[float]:
        days = cast(list[float], self._req("days"))

        return days

    @property
    def start_time(self) -> float:
        return cast(float, self._req("startTime"))

    @property
    def end_time(self) -> float:
        return cast(float, self._req("endTime"))

    @property
    def user_id(self) -> int | None | Unset:
        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(self._data.get("userId", UNSET))

        return user_id
