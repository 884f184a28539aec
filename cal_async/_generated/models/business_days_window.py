# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.business_days_window_type import BusinessDaysWindowType
from ..types import UNSET, Unset


class BusinessDaysWindow(ApiModel):
    """
    Attributes:
        type_ (BusinessDaysWindowType): Whether the window should be business days, calendar days or a range of dates
        value (float): How many business day into the future can this event be booked Example: 5.
        rolling (bool | Unset):
                  Determines the behavior of the booking window:
                  - If **true**, the window is rolling. This means the number of available days will always be equal the
            specified 'value'
                    and adjust dynamically as bookings are made. For example, if 'value' is 3 and availability is only on
            Mondays,
                    a booker attempting to schedule on November 10 will see slots on November 11, 18, and 25. As one of
            these days
                    becomes fully booked, a new day (e.g., December 2) will open up to ensure 3 available days are always
            visible.
                  - If **false**, the window is fixed. This means the booking window only considers the next 'value' days
            from the
                    moment someone is trying to book. For example, if 'value' is 3, availability is only on Mondays, and the
            current
                    date is November 10, the booker will only see slots on November 11 because the window is restricted to
            the next
                    3 calendar days (November 10–12).
                 Example: True.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "type",
            "value",
            "rolling",
        }
    )
    _required = frozenset(
        {
            "type",
            "value",
        }
    )

    def __init__(
        self,
        *,
        type_: BusinessDaysWindowType,
        value: float,
        rolling: bool | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = BusinessDaysWindowType(type_).value

        data["value"] = value

        _rolling = rolling

        if not isinstance(_rolling, Unset):
            data["rolling"] = _rolling
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> BusinessDaysWindowType:
        """Whether the window should be business days, calendar days or a range of dates"""
        type_ = BusinessDaysWindowType(self._req("type"))

        return type_

    @property
    def value(self) -> float:
        """How many business day into the future can this event be booked"""
        return cast(float, self._req("value"))

    @property
    def rolling(self) -> bool | Unset:
        """
              Determines the behavior of the booking window:
              - If **true**, the window is rolling. This means the number of available days will always be
        equal the specified 'value'
                and adjust dynamically as bookings are made. For example, if 'value' is 3 and availability
        is only on Mondays,
                a booker attempting to schedule on November 10 will see slots on November 11, 18, and 25. As
        one of these days
                becomes fully booked, a new day (e.g., December 2) will open up to ensure 3 available days
        are always visible.
              - If **false**, the window is fixed. This means the booking window only considers the next
        'value' days from the
                moment someone is trying to book. For example, if 'value' is 3, availability is only on
        Mondays, and the current
                date is November 10, the booker will only see slots on November 11 because the window is
        restricted to the next
                3 calendar days (November 10–12).
        """
        return cast(bool | Unset, self._data.get("rolling", UNSET))
