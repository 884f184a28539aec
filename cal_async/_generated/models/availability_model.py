# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class AvailabilityModel(ApiModel):
    """
    Attributes:
        id (int):
        days (list[float]):
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        user_id (int | None | Unset):
        event_type_id (int | None | Unset):
        date (datetime.datetime | None | Unset):
        schedule_id (int | None | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "days",
            "startTime",
            "endTime",
            "userId",
            "eventTypeId",
            "date",
            "scheduleId",
        }
    )
    _required = frozenset(
        {
            "id",
            "days",
            "startTime",
            "endTime",
        }
    )

    def __init__(
        self,
        *,
        id: int,
        days: list[float],
        start_time: datetime.datetime,
        end_time: datetime.datetime,
        user_id: int | None | Unset = UNSET,
        event_type_id: int | None | Unset = UNSET,
        date: datetime.datetime | None | Unset = UNSET,
        schedule_id: int | None | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["days"] = days

        data["startTime"] = start_time if isinstance(start_time, str) else start_time.isoformat()

        data["endTime"] = end_time if isinstance(end_time, str) else end_time.isoformat()

        if isinstance(user_id, Unset):
            _user_id = UNSET
        else:
            _user_id = user_id

        if not isinstance(_user_id, Unset):
            data["userId"] = _user_id

        if isinstance(event_type_id, Unset):
            _event_type_id = UNSET
        else:
            _event_type_id = event_type_id

        if not isinstance(_event_type_id, Unset):
            data["eventTypeId"] = _event_type_id

        if isinstance(date, Unset):
            _date = UNSET
        elif isinstance(date, datetime.datetime):
            _date = date if isinstance(date, str) else date.isoformat()
        else:
            _date = date

        if not isinstance(_date, Unset):
            data["date"] = _date

        if isinstance(schedule_id, Unset):
            _schedule_id = UNSET
        else:
            _schedule_id = schedule_id

        if not isinstance(_schedule_id, Unset):
            data["scheduleId"] = _schedule_id
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> int:
        return cast(int, self._req("id"))

    @property
    def days(self) -> list[float]:
        days = cast(list[float], self._req("days"))

        return days

    @property
    def start_time(self) -> datetime.datetime:
        start_time = datetime.datetime.fromisoformat(self._req("startTime"))

        return start_time

    @property
    def end_time(self) -> datetime.datetime:
        end_time = datetime.datetime.fromisoformat(self._req("endTime"))

        return end_time

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

    @property
    def event_type_id(self) -> int | None | Unset:
        def _parse_event_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        event_type_id = _parse_event_type_id(self._data.get("eventTypeId", UNSET))

        return event_type_id

    @property
    def date(self) -> datetime.datetime | None | Unset:
        def _parse_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.datetime.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date = _parse_date(self._data.get("date", UNSET))

        return date

    @property
    def schedule_id(self) -> int | None | Unset:
        def _parse_schedule_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        schedule_id = _parse_schedule_id(self._data.get("scheduleId", UNSET))

        return schedule_id
