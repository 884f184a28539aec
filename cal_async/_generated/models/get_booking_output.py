# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_booking_output_status import GetBookingOutputStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.booking_output import BookingOutput
    from ..models.get_booking_output_error import GetBookingOutputError
    from ..models.get_recurring_seated_booking_output import GetRecurringSeatedBookingOutput
    from ..models.get_seated_booking_output import GetSeatedBookingOutput
    from ..models.recurring_booking_output import RecurringBookingOutput


class GetBookingOutput(ApiModel):
    """
    Attributes:
        status (GetBookingOutputStatus):  Example: success.
        data (BookingOutput | GetRecurringSeatedBookingOutput | GetSeatedBookingOutput |
            list[GetRecurringSeatedBookingOutput] | list[RecurringBookingOutput] | RecurringBookingOutput): Booking data,
            which can be either a BookingOutput object, a RecurringBookingOutput object, or an array of
            RecurringBookingOutput objects
        error (GetBookingOutputError | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "status",
            "data",
            "error",
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
        status: GetBookingOutputStatus,
        data: BookingOutput
        | GetRecurringSeatedBookingOutput
        | GetSeatedBookingOutput
        | list[GetRecurringSeatedBookingOutput]
        | list[RecurringBookingOutput]
        | RecurringBookingOutput,
        error: GetBookingOutputError | Unset = UNSET,
        **extra: Any,
    ) -> None:
        from ..models.booking_output import BookingOutput  # noqa: PLC0415
        from ..models.get_recurring_seated_booking_output import GetRecurringSeatedBookingOutput  # noqa: PLC0415
        from ..models.get_seated_booking_output import GetSeatedBookingOutput  # noqa: PLC0415
        from ..models.recurring_booking_output import RecurringBookingOutput  # noqa: PLC0415

        data: dict[str, Any] = {}
        data["status"] = GetBookingOutputStatus(status).value

        if isinstance(data, BookingOutput):
            data["data"] = as_json(data)
        elif isinstance(data, RecurringBookingOutput):
            data["data"] = as_json(data)
        elif isinstance(data, list):
            data["data"] = []
            for data_type_2_item_data in data:
                data_type_2_item = as_json(data_type_2_item_data)
                data["data"].append(data_type_2_item)

        elif isinstance(data, GetSeatedBookingOutput):
            data["data"] = as_json(data)
        elif isinstance(data, GetRecurringSeatedBookingOutput):
            data["data"] = as_json(data)
        else:
            data["data"] = []
            for data_type_5_item_data in data:
                data_type_5_item = as_json(data_type_5_item_data)
                data["data"].append(data_type_5_item)

        _error = UNSET
        if not isinstance(error, Unset):
            _error = as_json(error)

        if not isinstance(_error, Unset):
            data["error"] = _error
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetBookingOutputStatus:
        status = GetBookingOutputStatus(self._req("status"))

        return status

    @property
    def data(
        self,
    ) -> (
        BookingOutput
        | GetRecurringSeatedBookingOutput
        | GetSeatedBookingOutput
        | list[GetRecurringSeatedBookingOutput]
        | list[RecurringBookingOutput]
        | RecurringBookingOutput
    ):
        """Booking data, which can be either a BookingOutput object, a RecurringBookingOutput object, or an
        array of RecurringBookingOutput objects"""
        from ..models.booking_output import BookingOutput  # noqa: PLC0415
        from ..models.get_recurring_seated_booking_output import GetRecurringSeatedBookingOutput  # noqa: PLC0415
        from ..models.get_seated_booking_output import GetSeatedBookingOutput  # noqa: PLC0415
        from ..models.recurring_booking_output import RecurringBookingOutput  # noqa: PLC0415

        def _parse_data(
            data: object,
        ) -> (
            BookingOutput
            | GetRecurringSeatedBookingOutput
            | GetSeatedBookingOutput
            | list[GetRecurringSeatedBookingOutput]
            | list[RecurringBookingOutput]
            | RecurringBookingOutput
        ):
            try:
                if not RecurringBookingOutput._matches(data):
                    raise TypeError()
                data_type_1 = RecurringBookingOutput.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (isinstance(data, list) and all(RecurringBookingOutput._matches(_item) for _item in data)):
                    raise TypeError()
                data_type_2 = []
                _data_type_2 = data
                for data_type_2_item_data in _data_type_2:
                    data_type_2_item = RecurringBookingOutput.from_dict(data_type_2_item_data)

                    data_type_2.append(data_type_2_item)

                return data_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not BookingOutput._matches(data):
                    raise TypeError()
                data_type_0 = BookingOutput.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not GetRecurringSeatedBookingOutput._matches(data):
                    raise TypeError()
                data_type_4 = GetRecurringSeatedBookingOutput.from_dict(data)

                return data_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (
                    isinstance(data, list) and all(GetRecurringSeatedBookingOutput._matches(_item) for _item in data)
                ):
                    raise TypeError()
                data_type_5 = []
                _data_type_5 = data
                for data_type_5_item_data in _data_type_5:
                    data_type_5_item = GetRecurringSeatedBookingOutput.from_dict(data_type_5_item_data)

                    data_type_5.append(data_type_5_item)

                return data_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not GetSeatedBookingOutput._matches(data):
                    raise TypeError()
                data_type_3 = GetSeatedBookingOutput.from_dict(data)

                return data_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                BookingOutput
                | GetRecurringSeatedBookingOutput
                | GetSeatedBookingOutput
                | list[GetRecurringSeatedBookingOutput]
                | list[RecurringBookingOutput]
                | RecurringBookingOutput,
                data,
            )

        data = _parse_data(self._req("data"))

        return data

    @property
    def error(self) -> GetBookingOutputError | Unset:
        from ..models.get_booking_output_error import GetBookingOutputError  # noqa: PLC0415

        _error = self._data.get("error", UNSET)
        error: GetBookingOutputError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = GetBookingOutputError.from_dict(_error)

        return error
