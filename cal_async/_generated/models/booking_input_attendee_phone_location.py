# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class BookingInputAttendeePhoneLocation(ApiModel):
    """
    Attributes:
        type_ (str): only allowed value for type is `attendeePhone` Example: attendeePhone.
        phone (str):  Example: +37120993151.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "type",
            "phone",
        }
    )
    _required = frozenset(
        {
            "type",
            "phone",
        }
    )

    def __init__(
        self,
        *,
        type_: str,
        phone: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = type_

        data["phone"] = phone

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> str:
        """only allowed value for type is `attendeePhone`"""
        return cast(str, self._req("type"))

    @property
    def phone(self) -> str:
        return cast(str, self._req("phone"))
