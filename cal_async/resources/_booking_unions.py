"""Names for the unions of booking models that ``cal.bookings`` returns, for annotations and
FastAPI (``response_model=list[AnyBooking]``, ``-> Page[AnyBooking]``).

The server answers with one of several booking shapes (plain, recurring, seated, recurring and
seated), and for a recurring booking's uid with every occurrence; these aliases spell those unions
once. Importing this module imports the models, so the helpers name them for checkers only.
"""

from __future__ import annotations

from typing import TypeAlias

from .._generated.models.booking_output import BookingOutput
from .._generated.models.create_recurring_seated_booking_output import CreateRecurringSeatedBookingOutput
from .._generated.models.create_seated_booking_output import CreateSeatedBookingOutput
from .._generated.models.get_recurring_seated_booking_output import GetRecurringSeatedBookingOutput
from .._generated.models.get_seated_booking_output import GetSeatedBookingOutput
from .._generated.models.recurring_booking_output import RecurringBookingOutput

__all__ = ["AnyBooking", "AnyBookingOrSeries", "RescheduledBooking"]

#: One booking of any shape: an item of ``bookings.list()`` (and ``orgs.teams.bookings.list()``).
AnyBooking: TypeAlias = (
    BookingOutput | RecurringBookingOutput | GetSeatedBookingOutput | GetRecurringSeatedBookingOutput
)

#: What ``bookings.get(uid)`` and ``bookings.cancel(uid)`` return: one booking, or every
#: occurrence of a recurring one.
AnyBookingOrSeries: TypeAlias = (
    AnyBooking | list[RecurringBookingOutput] | list[GetRecurringSeatedBookingOutput]
)

#: What ``bookings.reschedule(uid, ...)`` returns: the new booking.
RescheduledBooking: TypeAlias = (
    BookingOutput | CreateRecurringSeatedBookingOutput | CreateSeatedBookingOutput | RecurringBookingOutput
)
