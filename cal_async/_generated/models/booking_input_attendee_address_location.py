# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class BookingInputAttendeeAddressLocation(ApiModel):
    """
    Attributes:
        type_ (str): only allowed value for type is `attendeeAddress` Example: attendeeAddress.
        address (str):  Example: 123 Example St, City, Country.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "type",
            "address",
        }
    )
    _required = frozenset(
        {
            "type",
            "address",
        }
    )

    def __init__(
        self,
        *,
        type_: str,
        address: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = type_

        data["address"] = address

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> str:
        """only allowed value for type is `attendeeAddress`"""
        return cast(str, self._req("type"))

    @property
    def address(self) -> str:
        return cast(str, self._req("address"))
