"""GENERATED CODE: do not edit. ``routing_forms`` resource of the Cal.com API."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Final, Literal, Unpack

from cal_async._fields import (
    model,
)
from cal_async._operation import Operation, path, query
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset

from ..models.routing_forms_calculate_slots_based_on_response_format import (
    RoutingFormsCalculateSlotsBasedOnResponseFormat,
)

if TYPE_CHECKING:
    from ..models.response_slots_output_data import ResponseSlotsOutputData

    pass


CALCULATE_SLOTS_BASED_ON_RESPONSE: Final[Operation[ResponseSlotsOutputData]] = Operation(
    "routing_forms",
    "calculate_slots_based_on_response",
    "POST",
    "/v2/routing-forms/{routingFormId}/calculate-slots",
    (
        path("routingFormId", "routing_form_id"),
        query("start", "start", required=True),
        query("end", "end", required=True),
        query("timeZone", "time_zone"),
        query("duration", "duration"),
        query("format", "format_", choices=("range", "time")),
        query("bookingUidToReschedule", "booking_uid_to_reschedule"),
    ),
    model("response_slots_output_data", "ResponseSlotsOutputData"),
    auth=("Authorization",),
    operation_id="RoutingFormsController_calculateSlotsBasedOnRoutingFormResponse",
    summary="Calculate slots based on routing form response",
)


class RoutingFormsResource(APIResource):
    """Operations under ``routing_forms``."""

    async def calculate_slots_based_on_response(
        self,
        routing_form_id: str,
        *,
        start: datetime.datetime | datetime.date,
        end: datetime.datetime | datetime.date,
        time_zone: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        format_: RoutingFormsCalculateSlotsBasedOnResponseFormat | Literal["range", "time"] | Unset = UNSET,
        booking_uid_to_reschedule: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ResponseSlotsOutputData:
        """Calculate slots based on routing form response.

        ``POST /v2/routing-forms/{routingFormId}/calculate-slots``

        Args:
            routing_form_id:
            start: Time starting from which available slots should be checked. Must be in UTC timezone as ISO 8601 datestring. You can pass date without hours which defaults to start of day or specify hours: 2024-08-13 (will have hours 00:00:00 aka at very beginning of the date) or you can specify hours manually like 2024-08-13T09:00:00Z
            end: Time until which available slots should be checked. Must be in UTC timezone as ISO 8601 datestring. You can pass date without hours which defaults to end of day or specify hours: 2024-08-20 (will have hours 23:59:59 aka at the very end of the date) or you can specify hours manually like 2024-08-20T18:00:00Z
            time_zone: Time zone in which the available slots should be returned. Defaults to UTC.
            duration: If event type has multiple possible durations then you can specify the desired duration here. Also, if you are fetching slots for a dynamic event then you can specify the duration her which defaults to 30, meaning that returned slots will be each 30 minutes long.
            format_: Format of slot times in response. Use 'range' to get start and end times.
            booking_uid_to_reschedule: The unique identifier of the booking being rescheduled. When provided will ensure that the original booking time appears within the returned available slots when rescheduling."""
        return await self._run(
            CALCULATE_SLOTS_BASED_ON_RESPONSE,
            options,
            routing_form_id,
            start,
            end,
            time_zone,
            duration,
            format_,
            booking_uid_to_reschedule,
        )
