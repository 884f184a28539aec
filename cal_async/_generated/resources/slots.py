"""GENERATED CODE: do not edit. ``slots`` resource of the Cal.com API."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset
from cal_async.resources.slots import SlotHelpers

if TYPE_CHECKING:
    from ..models.available_slot import AvailableSlot
    from ..models.reserve_slot_input import ReserveSlotInput, ReserveSlotInputDict
    from ..models.reserve_slot_output import ReserveSlotOutput
    from ..models.reserved_slot_output import ReservedSlotOutput
    from ..models.slots_delete_reserved_response_200 import SlotsDeleteReservedResponse200

    pass


class SlotsOperations(APIResource):
    """Operations under ``slots``."""

    async def delete_reserved(
        self,
        uid: str,
        **options: Unpack[RequestOptions],
    ) -> SlotsDeleteReservedResponse200:
        """Delete a reserved slot.

        ``DELETE /v2/slots/reservations/{uid}``
        (sent with ``cal-api-version: 2024-09-04``).

        Args:
            uid (str):"""
        from ..api.slots import slots_delete_reserved as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            uid,
        )

    async def get(
        self,
        *,
        start: datetime.datetime,
        end: datetime.datetime,
        booking_uid_to_reschedule: str | Unset = UNSET,
        organization_slug: str | Unset = UNSET,
        team_slug: str | Unset = UNSET,
        username: str | Unset = UNSET,
        event_type_slug: str | Unset = UNSET,
        event_type_id: int | Unset = UNSET,
        usernames: str | Unset = UNSET,
        format_: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> dict[str, builtins.list[AvailableSlot]]:
        """Get available time slots for an event type.

        ``GET /v2/slots``
        (sent with ``cal-api-version: 2024-09-04``).

        Args:
            booking_uid_to_reschedule (str | Unset):
            start (datetime.datetime):
            end (datetime.datetime):
            organization_slug (str | Unset):
            team_slug (str | Unset):
            username (str | Unset):
            event_type_slug (str | Unset):
            event_type_id (int | Unset):
            usernames (str | Unset):
            format_ (str | Unset):
            duration (int | Unset):
            time_zone (str | Unset):"""
        from ..api.slots import slots_get as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            booking_uid_to_reschedule=booking_uid_to_reschedule,
            start=start,
            end=end,
            organization_slug=organization_slug,
            team_slug=team_slug,
            username=username,
            event_type_slug=event_type_slug,
            event_type_id=event_type_id,
            usernames=usernames,
            format_=format_,
            duration=duration,
            time_zone=time_zone,
        )

    async def get_reserved(
        self,
        uid: str,
        **options: Unpack[RequestOptions],
    ) -> ReservedSlotOutput | None:
        """Get reserved slot.

        ``GET /v2/slots/reservations/{uid}``
        (sent with ``cal-api-version: 2024-09-04``).

        Args:
            uid (str):"""
        from ..api.slots import slots_get_reserved as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            uid,
        )

    async def reserve(
        self,
        *,
        body: ReserveSlotInput | ReserveSlotInputDict,
        **options: Unpack[RequestOptions],
    ) -> ReserveSlotOutput:
        """Reserve a slot.

        ``POST /v2/slots/reservations``
        (sent with ``cal-api-version: 2024-09-04``).

        Args:
            body (ReserveSlotInput):"""
        from ..api.slots import slots_reserve as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            body=body,
        )

    async def update_reserved(
        self,
        uid: str,
        *,
        body: ReserveSlotInput | ReserveSlotInputDict,
        **options: Unpack[RequestOptions],
    ) -> ReserveSlotOutput:
        """Update a reserved slot.

        ``PATCH /v2/slots/reservations/{uid}``
        (sent with ``cal-api-version: 2024-09-04``).

        Args:
            uid (str):
            body (ReserveSlotInput):"""
        from ..api.slots import slots_update_reserved as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            uid,
            body=body,
        )


class SlotsResource(SlotHelpers, SlotsOperations):
    """``cal.slots``: the generated operations, with ``SlotHelpers``."""
