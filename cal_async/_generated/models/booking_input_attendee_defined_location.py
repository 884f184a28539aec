# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class BookingInputAttendeeDefinedLocation(ApiModel):
    """
    Attributes:
        type_ (str): only allowed value for type is `attendeeDefined` Example: attendeeDefined.
        location (None | str):  Example: 321 Example St, City, Country.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "type",
            "location",
        }
    )
    _required = frozenset(
        {
            "type",
            "location",
        }
    )

    def __init__(
        self,
        *,
        type_: str,
        location: None | str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = type_

        data["location"] = location

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> str:
        """only allowed value for type is `attendeeDefined`"""
        return cast(str, self._req("type"))

    @property
    def location(self) -> None | str:
        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(self._req("location"))

        return location
