# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_bookings_output_status import GetBookingsOutputStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.booking_output import BookingOutput
    from ..models.get_bookings_output_error import GetBookingsOutputError
    from ..models.get_recurring_seated_booking_output import GetRecurringSeatedBookingOutput
    from ..models.get_seated_booking_output import GetSeatedBookingOutput
    from ..models.pagination_meta_dto import PaginationMetaDto
    from ..models.recurring_booking_output import RecurringBookingOutput


class GetBookingsOutput(ApiModel):
    """
    Attributes:
        status (GetBookingsOutputStatus):  Example: success.
        data (list[BookingOutput | GetRecurringSeatedBookingOutput | GetSeatedBookingOutput | RecurringBookingOutput]):
            Array of booking data, which can contain either BookingOutput objects or RecurringBookingOutput objects
        pagination (PaginationMetaDto):
        error (GetBookingsOutputError | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "status",
            "data",
            "pagination",
            "error",
        }
    )
    _required = frozenset(
        {
            "status",
            "data",
            "pagination",
        }
    )

    def __init__(
        self,
        *,
        status: GetBookingsOutputStatus,
        data: list[BookingOutput | GetRecurringSeatedBookingOutput | GetSeatedBookingOutput | RecurringBookingOutput],
        pagination: PaginationMetaDto,
        error: GetBookingsOutputError | Unset = UNSET,
        **extra: Any,
    ) -> None:
        from ..models.booking_output import BookingOutput  # noqa: PLC0415
        from ..models.get_seated_booking_output import GetSeatedBookingOutput  # noqa: PLC0415
        from ..models.recurring_booking_output import RecurringBookingOutput  # noqa: PLC0415

        data: dict[str, Any] = {}
        data["status"] = GetBookingsOutputStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, BookingOutput):
                data_item = as_json(data_item_data)
            elif isinstance(data_item_data, RecurringBookingOutput):
                data_item = as_json(data_item_data)
            elif isinstance(data_item_data, GetSeatedBookingOutput):
                data_item = as_json(data_item_data)
            else:
                data_item = as_json(data_item_data)

            data["data"].append(data_item)

        data["pagination"] = as_json(pagination)

        _error = UNSET
        if not isinstance(error, Unset):
            _error = as_json(error)

        if not isinstance(_error, Unset):
            data["error"] = _error
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetBookingsOutputStatus:
        status = GetBookingsOutputStatus(self._req("status"))

        return status

    @property
    def data(
        self,
    ) -> list[BookingOutput | GetRecurringSeatedBookingOutput | GetSeatedBookingOutput | RecurringBookingOutput]:
        """Array of booking data, which can contain either BookingOutput objects or RecurringBookingOutput
        objects"""
        from ..models.booking_output import BookingOutput  # noqa: PLC0415
        from ..models.get_recurring_seated_booking_output import GetRecurringSeatedBookingOutput  # noqa: PLC0415
        from ..models.get_seated_booking_output import GetSeatedBookingOutput  # noqa: PLC0415
        from ..models.recurring_booking_output import RecurringBookingOutput  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:

            def _parse_data_item(
                data: object,
            ) -> BookingOutput | GetRecurringSeatedBookingOutput | GetSeatedBookingOutput | RecurringBookingOutput:
                try:
                    if not RecurringBookingOutput._matches(data):
                        raise TypeError()
                    data_item_type_1 = RecurringBookingOutput.from_dict(data)

                    return data_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not BookingOutput._matches(data):
                        raise TypeError()
                    data_item_type_0 = BookingOutput.from_dict(data)

                    return data_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not GetRecurringSeatedBookingOutput._matches(data):
                        raise TypeError()
                    data_item_type_3 = GetRecurringSeatedBookingOutput.from_dict(data)

                    return data_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not GetSeatedBookingOutput._matches(data):
                        raise TypeError()
                    data_item_type_2 = GetSeatedBookingOutput.from_dict(data)

                    return data_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    BookingOutput | GetRecurringSeatedBookingOutput | GetSeatedBookingOutput | RecurringBookingOutput,
                    data,
                )

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        return data

    @property
    def pagination(self) -> PaginationMetaDto:
        from ..models.pagination_meta_dto import PaginationMetaDto  # noqa: PLC0415

        pagination = PaginationMetaDto.from_dict(self._req("pagination"))

        return pagination

    @property
    def error(self) -> GetBookingsOutputError | Unset:
        from ..models.get_bookings_output_error import GetBookingsOutputError  # noqa: PLC0415

        _error = self._data.get("error", UNSET)
        error: GetBookingsOutputError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = GetBookingsOutputError.from_dict(_error)

        return error
