# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_booking_output_status import CreateBookingOutputStatus

if TYPE_CHECKING:
    from ..models.booking_output import BookingOutput
    from ..models.create_recurring_seated_booking_output import CreateRecurringSeatedBookingOutput
    from ..models.create_seated_booking_output import CreateSeatedBookingOutput
    from ..models.recurring_booking_output import RecurringBookingOutput


class CreateBookingOutput(ApiModel):
    """
    Attributes:
        status (CreateBookingOutputStatus):  Example: success.
        data (BookingOutput | CreateSeatedBookingOutput | list[CreateRecurringSeatedBookingOutput] |
            list[RecurringBookingOutput]): Booking data, which can be either a BookingOutput object or an array of
            RecurringBookingOutput objects
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
        status: CreateBookingOutputStatus,
        data: BookingOutput
        | CreateSeatedBookingOutput
        | list[CreateRecurringSeatedBookingOutput]
        | list[RecurringBookingOutput],
        **extra: Any,
    ) -> None:
        from ..models.booking_output import BookingOutput  # noqa: PLC0415
        from ..models.create_seated_booking_output import CreateSeatedBookingOutput  # noqa: PLC0415

        data: dict[str, Any] = {}
        data["status"] = CreateBookingOutputStatus(status).value

        if isinstance(data, BookingOutput):
            data["data"] = as_json(data)
        elif isinstance(data, list):
            data["data"] = []
            for data_type_1_item_data in data:
                data_type_1_item = as_json(data_type_1_item_data)
                data["data"].append(data_type_1_item)

        elif isinstance(data, CreateSeatedBookingOutput):
            data["data"] = as_json(data)
        else:
            data["data"] = []
            for data_type_3_item_data in data:
                data_type_3_item = as_json(data_type_3_item_data)
                data["data"].append(data_type_3_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> CreateBookingOutputStatus:
        status = CreateBookingOutputStatus(self._req("status"))

        return status

    @property
    def data(
        self,
    ) -> (
        BookingOutput
        | CreateSeatedBookingOutput
        | list[CreateRecurringSeatedBookingOutput]
        | list[RecurringBookingOutput]
    ):
        """Booking data, which can be either a BookingOutput object or an array of RecurringBookingOutput
        objects"""
        from ..models.booking_output import BookingOutput  # noqa: PLC0415
        from ..models.create_recurring_seated_booking_output import CreateRecurringSeatedBookingOutput  # noqa: PLC0415
        from ..models.create_seated_booking_output import CreateSeatedBookingOutput  # noqa: PLC0415
        from ..models.recurring_booking_output import RecurringBookingOutput  # noqa: PLC0415

        def _parse_data(
            data: object,
        ) -> (
            BookingOutput
            | CreateSeatedBookingOutput
            | list[CreateRecurringSeatedBookingOutput]
            | list[RecurringBookingOutput]
        ):
            try:
                if not (isinstance(data, list) and all(RecurringBookingOutput._matches(_item) for _item in data)):
                    raise TypeError()
                data_type_1 = []
                _data_type_1 = data
                for data_type_1_item_data in _data_type_1:
                    data_type_1_item = RecurringBookingOutput.from_dict(data_type_1_item_data)

                    data_type_1.append(data_type_1_item)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (
                    isinstance(data, list) and all(CreateRecurringSeatedBookingOutput._matches(_item) for _item in data)
                ):
                    raise TypeError()
                data_type_3 = []
                _data_type_3 = data
                for data_type_3_item_data in _data_type_3:
                    data_type_3_item = CreateRecurringSeatedBookingOutput.from_dict(data_type_3_item_data)

                    data_type_3.append(data_type_3_item)

                return data_type_3
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
                if not CreateSeatedBookingOutput._matches(data):
                    raise TypeError()
                data_type_2 = CreateSeatedBookingOutput.from_dict(data)

                return data_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                BookingOutput
                | CreateSeatedBookingOutput
                | list[CreateRecurringSeatedBookingOutput]
                | list[RecurringBookingOutput],
                data,
            )

        data = _parse_data(self._req("data"))

        return data
