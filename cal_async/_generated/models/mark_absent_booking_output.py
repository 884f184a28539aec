# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.mark_absent_booking_output_status import MarkAbsentBookingOutputStatus

if TYPE_CHECKING:
    from ..models.booking_output import BookingOutput
    from ..models.recurring_booking_output import RecurringBookingOutput


class MarkAbsentBookingOutput(ApiModel):
    """
    Attributes:
        status (MarkAbsentBookingOutputStatus):  Example: success.
        data (BookingOutput | RecurringBookingOutput): Booking data, which can be either a BookingOutput object or a
            RecurringBookingOutput object
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
        status: MarkAbsentBookingOutputStatus,
        data: BookingOutput | RecurringBookingOutput,
        **extra: Any,
    ) -> None:
        from ..models.booking_output import BookingOutput  # noqa: PLC0415

        data: dict[str, Any] = {}
        data["status"] = MarkAbsentBookingOutputStatus(status).value

        if isinstance(data, BookingOutput):
            data["data"] = as_json(data)
        else:
            data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> MarkAbsentBookingOutputStatus:
        status = MarkAbsentBookingOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> BookingOutput | RecurringBookingOutput:
        """Booking data, which can be either a BookingOutput object or a RecurringBookingOutput object"""
        from ..models.booking_output import BookingOutput  # noqa: PLC0415
        from ..models.recurring_booking_output import RecurringBookingOutput  # noqa: PLC0415

        def _parse_data(data: object) -> BookingOutput | RecurringBookingOutput:
            try:
                if not RecurringBookingOutput._matches(data):
                    raise TypeError()
                data_type_1 = RecurringBookingOutput.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not BookingOutput._matches(data):
                    raise TypeError()
                data_type_0 = BookingOutput.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BookingOutput | RecurringBookingOutput, data)

        data = _parse_data(self._req("data"))

        return data
