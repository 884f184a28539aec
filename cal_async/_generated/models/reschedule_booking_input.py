# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    DATETIME,
    STR,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class RescheduleBookingInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    start: datetime.datetime = field("start", DATETIME, required=True)
    """ Start time in ISO 8601 format for the new booking """
    rescheduled_by: str | Unset = field("rescheduledBy", STR, required=False)
    """ Email of the person who is rescheduling the booking - only needed when rescheduling a booking that
    requires a confirmation.
    If event type owner email is provided then rescheduled booking will be automatically confirmed. If
    attendee email or no email is passed then the event type
    owner will have to confirm the rescheduled booking. """
    rescheduling_reason: str | Unset = field("reschedulingReason", STR, required=False)
    """ Reason for rescheduling the booking """
    email_verification_code: str | Unset = field("emailVerificationCode", STR, required=False)
    """ Email verification code required when event type has email verification enabled. """

    def __init__(
        self,
        *,
        start: datetime.datetime,
        rescheduled_by: str | Unset = UNSET,
        rescheduling_reason: str | Unset = UNSET,
        email_verification_code: str | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "start": start,
                "rescheduledBy": rescheduled_by,
                "reschedulingReason": rescheduling_reason,
                "emailVerificationCode": email_verification_code,
            }
        )


class RescheduleBookingInputDict(TypedDict, total=False):
    """``RescheduleBookingInput`` as a plain dict with the API's JSON names, for request bodies."""

    start: Required[datetime.datetime]
    rescheduledBy: str
    reschedulingReason: str
    emailVerificationCode: str
