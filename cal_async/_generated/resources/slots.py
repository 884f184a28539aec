"""GENERATED CODE: do not edit. ``slots`` resource of the Cal.com API."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final, Unpack

from cal_async._fields import (
    dict_of,
    list_of,
    model,
    nullable,
)
from cal_async._operation import Operation, body, path, query
from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from ..models.available_slot import AvailableSlot
    from ..models.reserve_slot_input import ReserveSlotInput, ReserveSlotInputDict
    from ..models.reserve_slot_output import ReserveSlotOutput
    from ..models.reserved_slot_output import ReservedSlotOutput
    from ..models.slots_delete_reserved_response_200 import SlotsDeleteReservedResponse200

    pass


DELETE_RESERVED: Final[Operation[SlotsDeleteReservedResponse200]] = Operation(
    "slots",
    "delete_reserved",
    "DELETE",
    "/v2/slots/reservations/{uid}",
    (path("uid", "uid"),),
    model("slots_delete_reserved_response_200", "SlotsDeleteReservedResponse200"),
    api_version="2024-09-04",
    enveloped=False,
    operation_id="SlotsController_2024_09_04_deleteReservedSlot",
    summary="Delete a reserved slot",
)
GET: Final[Operation[dict[str, list[AvailableSlot]]]] = Operation(
    "slots",
    "get",
    "GET",
    "/v2/slots",
    (
        query("start", "start", required=True),
        query("end", "end", required=True),
        query("bookingUidToReschedule", "booking_uid_to_reschedule"),
        query("organizationSlug", "organization_slug"),
        query("teamSlug", "team_slug"),
        query("username", "username"),
        query("eventTypeSlug", "event_type_slug"),
        query("eventTypeId", "event_type_id"),
        query("usernames", "usernames", comma=True),
        query("format", "format_"),
        query("duration", "duration"),
        query("timeZone", "time_zone"),
    ),
    dict_of(list_of(model("available_slot", "AvailableSlot"))),
    api_version="2024-09-04",
    operation_id="SlotsController_2024_09_04_getAvailableSlots",
    summary="Get available time slots for an event type",
)
GET_RESERVED: Final[Operation[ReservedSlotOutput | None]] = Operation(
    "slots",
    "get_reserved",
    "GET",
    "/v2/slots/reservations/{uid}",
    (path("uid", "uid"),),
    nullable(model("reserved_slot_output", "ReservedSlotOutput")),
    api_version="2024-09-04",
    operation_id="SlotsController_2024_09_04_getReservedSlot",
    summary="Get reserved slot",
)
RESERVE: Final[Operation[ReserveSlotOutput]] = Operation(
    "slots",
    "reserve",
    "POST",
    "/v2/slots/reservations",
    (body(),),
    model("reserve_slot_output", "ReserveSlotOutput"),
    auth=(
        "Authorization",
        "x-cal-client-id",
    ),
    api_version="2024-09-04",
    operation_id="SlotsController_2024_09_04_reserveSlot",
    summary="Reserve a slot",
)
UPDATE_RESERVED: Final[Operation[ReserveSlotOutput]] = Operation(
    "slots",
    "update_reserved",
    "PATCH",
    "/v2/slots/reservations/{uid}",
    (
        path("uid", "uid"),
        body(),
    ),
    model("reserve_slot_output", "ReserveSlotOutput"),
    api_version="2024-09-04",
    operation_id="SlotsController_2024_09_04_updateReservedSlot",
    summary="Update a reserved slot",
)


class SlotsResource(APIResource):
    """Operations under ``slots``."""

    async def delete_reserved(
        self,
        uid: str,
        **options: Unpack[RequestOptions],
    ) -> SlotsDeleteReservedResponse200:
        """Delete a reserved slot.

        ``DELETE /v2/slots/reservations/{uid}``
        (sent with ``cal-api-version: 2024-09-04``)."""
        return await self._run(DELETE_RESERVED, options, uid)

    async def get(
        self,
        *,
        start: datetime.datetime | datetime.date,
        end: datetime.datetime | datetime.date,
        booking_uid_to_reschedule: str | Unset = UNSET,
        organization_slug: str | Unset = UNSET,
        team_slug: str | Unset = UNSET,
        username: str | Unset = UNSET,
        event_type_slug: str | Unset = UNSET,
        event_type_id: int | Unset = UNSET,
        usernames: str | Sequence[str] | Unset = UNSET,
        format_: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> dict[str, builtins.list[AvailableSlot]]:
        """Get available time slots for an event type.

        ``GET /v2/slots``
        (sent with ``cal-api-version: 2024-09-04``).

        Args:
            booking_uid_to_reschedule: The unique identifier of the booking being rescheduled. When provided will ensure that the original booking time appears within the returned available slots when rescheduling.
            start: Time starting from which available slots should be checked. Must be in UTC timezone as ISO 8601 datestring. You can pass date without hours which defaults to start of day or specify hours: 2024-08-13 (will have hours 00:00:00 aka at very beginning of the date) or you can specify hours manually like 2024-08-13T09:00:00Z.
            end: Time until which available slots should be checked. Must be in UTC timezone as ISO 8601 datestring. You can pass date without hours which defaults to end of day or specify hours: 2024-08-20 (will have hours 23:59:59 aka at the very end of the date) or you can specify hours manually like 2024-08-20T18:00:00Z.
            organization_slug: The slug of the organization to which user with username belongs or team with teamSlug belongs.
            team_slug: The slug of the team who owns event type with eventTypeSlug - used when slots are checked for team event type.
            username: The username of the user who owns event type with eventTypeSlug - used when slots are checked for individual user event type.
            event_type_slug: The slug of the event type for which available slots should be checked. If slug is provided then username or teamSlug must be provided too and if relevant organizationSlug too.
            event_type_id: The ID of the event type for which available slots should be checked.
            usernames: The usernames for which available slots should be checked separated by a comma. Checking slots by usernames is used mainly for dynamic events where there is no specific event but we just want to know when 2 or more people are available. Must contain at least 2 usernames.
            format_: Format of slot times in response. Use 'range' to get start and end times. Use 'time' or omit this query parameter to get only start time.
            duration: If event type has multiple possible durations then you can specify the desired duration here. Also, if you are fetching slots for a dynamic event then you can specify the duration her which defaults to 30, meaning that returned slots will be each 30 minutes long.
            time_zone: Time zone in which the available slots should be returned. Defaults to UTC."""
        return await self._run(
            GET,
            options,
            start,
            end,
            booking_uid_to_reschedule,
            organization_slug,
            team_slug,
            username,
            event_type_slug,
            event_type_id,
            usernames,
            format_,
            duration,
            time_zone,
        )

    async def get_reserved(
        self,
        uid: str,
        **options: Unpack[RequestOptions],
    ) -> ReservedSlotOutput | None:
        """Get reserved slot.

        ``GET /v2/slots/reservations/{uid}``
        (sent with ``cal-api-version: 2024-09-04``)."""
        return await self._run(GET_RESERVED, options, uid)

    async def reserve(
        self,
        *,
        body: ReserveSlotInput | ReserveSlotInputDict,
        **options: Unpack[RequestOptions],
    ) -> ReserveSlotOutput:
        """Reserve a slot.

        ``POST /v2/slots/reservations``
        (sent with ``cal-api-version: 2024-09-04``)."""
        return await self._run(RESERVE, options, body)

    async def update_reserved(
        self,
        uid: str,
        *,
        body: ReserveSlotInput | ReserveSlotInputDict,
        **options: Unpack[RequestOptions],
    ) -> ReserveSlotOutput:
        """Update a reserved slot.

        ``PATCH /v2/slots/reservations/{uid}``
        (sent with ``cal-api-version: 2024-09-04``)."""
        return await self._run(UPDATE_RESERVED, options, uid, body)
