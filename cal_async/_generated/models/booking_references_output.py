# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

if TYPE_CHECKING:
    from ..models.booking_reference import BookingReference


class BookingReferencesOutput(ApiModel):
    """
    Attributes:
        status (str): The status of the request, always 'success' for successful responses Example: success.
        data (list[BookingReference]): Booking References
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "status",
            "data",
        }
    )
    _required = frozenset(
        {
            "status",
            "data",
        }
    )

    def __init__(
        self,
        *,
        status: str,
        data: list[BookingReference],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = status

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> str:
        """The status of the request, always 'success' for successful responses"""
        return cast(str, self._req("status"))

    @property
    def data(self) -> list[BookingReference]:
        """Booking References"""
        from ..models.booking_reference import BookingReference  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = BookingReference.from_dict(data_item_data)

            data.append(data_item)

        return data
