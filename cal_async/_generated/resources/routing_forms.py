"""GENERATED CODE: do not edit. ``routing_forms`` resource of the Cal.com API."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Literal, Unpack

from cal_async._options import RequestOptions
from cal_async._resource import APIResource
from cal_async._sentinel import UNSET, Unset

from ..models.routing_forms_calculate_slots_based_on_response_format import (
    RoutingFormsCalculateSlotsBasedOnResponseFormat,
)

if TYPE_CHECKING:
    from ..models.response_slots_output_data import ResponseSlotsOutputData

    pass


class RoutingFormsResource(APIResource):
    """Operations under ``routing_forms``."""

    async def calculate_slots_based_on_response(
        self,
        routing_form_id: str,
        *,
        start: datetime.datetime,
        end: datetime.datetime,
        time_zone: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        format_: RoutingFormsCalculateSlotsBasedOnResponseFormat | Literal["range", "time"] | Unset = UNSET,
        booking_uid_to_reschedule: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ResponseSlotsOutputData:
        """Calculate slots based on routing form response.

        ``POST /v2/routing-forms/{routing_form_id}/calculate-slots``

        Args:
            routing_form_id (str):
            start (datetime.datetime):
            end (datetime.datetime):
            time_zone (str | Unset):
            duration (int | Unset):
            format_ (RoutingFormsCalculateSlotsBasedOnResponseFormat | Unset):
            booking_uid_to_reschedule (str | Unset):"""
        from ..api.routing_forms import routing_forms_calculate_slots_based_on_response as _ep

        return await self._run(
            _ep.ENDPOINT,
            options,
            routing_form_id,
            start=start,
            end=end,
            time_zone=time_zone,
            duration=duration,
            format_=format_,
            booking_uid_to_reschedule=booking_uid_to_reschedule,
        )
