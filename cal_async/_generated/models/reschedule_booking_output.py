# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.reschedule_booking_output_status import RescheduleBookingOutputStatus

if TYPE_CHECKING:
    from ..models.booking_output import BookingOutput
    from ..models.create_recurring_seated_booking_output import CreateRecurringSeatedBookingOutput
    from ..models.create_seated_booking_output import CreateSeatedBookingOutput
    from ..models.recurring_booking_output import RecurringBookingOutput


class RescheduleBookingOutput(ApiModel):
    """
    Attributes:
        status (RescheduleBookingOutputStatus):  Example: success.
        data (BookingOutput | CreateRecurringSeatedBookingOutput | CreateSeatedBookingOutput | RecurringBookingOutput):
            Booking data, which can be either a BookingOutput object or a RecurringBookingOutput object
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
        status: RescheduleBookingOutputStatus,
        data: BookingOutput | CreateRecurringSeatedBookingOutput | CreateSeatedBookingOutput | RecurringBookingOutput,
        **extra: Any,
    ) -> None:
        from ..models.booking_output import BookingOutput  # noqa: PLC0415
        from ..models.create_seated_booking_output import CreateSeatedBookingOutput  # noqa: PLC0415
        from ..models.recurring_booking_output import RecurringBookingOutput  # noqa: PLC0415

        data: dict[str, Any] = {}
        data["status"] = RescheduleBookingOutputStatus(status).value

        if isinstance(data, BookingOutput):
            data["data"] = as_json(data)
        elif isinstance(data, RecurringBookingOutput):
            data["data"] = as_json(data)
        elif isinstance(data, CreateSeatedBookingOutput):
            data["data"] = as_json(data)
        else:
            data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> RescheduleBookingOutputStatus:
        status = RescheduleBookingOutputStatus(self._req("status"))

        return status

    @property
    def data(
        self,
    ) -> BookingOutput | CreateRecurringSeatedBookingOutput | CreateSeatedBookingOutput | RecurringBookingOutput:
        """Booking data, which can be either a BookingOutput object or a RecurringBookingOutput object"""
        from ..models.booking_output import BookingOutput  # noqa: PLC0415
        from ..models.create_recurring_seated_booking_output import CreateRecurringSeatedBookingOutput  # noqa: PLC0415
        from ..models.create_seated_booking_output import CreateSeatedBookingOutput  # noqa: PLC0415
        from ..models.recurring_booking_output import RecurringBookingOutput  # noqa: PLC0415

        def _parse_data(
            data: object,
        ) -> BookingOutput | CreateRecurringSeatedBookingOutput | CreateSeatedBookingOutput | RecurringBookingOutput:
            try:
                if not RecurringBookingOutput._matches(data):
                    raise TypeError()
                data_type_1 = RecurringBookingOutput.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not CreateRecurringSeatedBookingOutput._matches(data):
                    raise TypeError()
                data_type_3 = CreateRecurringSeatedBookingOutput.from_dict(data)

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
                BookingOutput | CreateRecurringSeatedBookingOutput | CreateSeatedBookingOutput | RecurringBookingOutput,
                data,
            )

        data = _parse_data(self._req("data"))

        return data
