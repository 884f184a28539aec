# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class RescheduleSeatedBookingInput(ApiModel):
    """
    Attributes:
        start (str): Start time in ISO 8601 format for the new booking Example: 2024-08-13T10:00:00Z.
        seat_uid (str): Uid of the specific seat within booking. Example: 3be561a9-31f1-4b8e-aefc-9d9a085f0dd1.
        rescheduled_by (str | Unset): Email of the person who is rescheduling the booking - only needed when
            rescheduling a booking that requires a confirmation.
            If event type owner email is provided then rescheduled booking will be automatically confirmed. If attendee
            email or no email is passed then the event type
            owner will have to confirm the rescheduled booking.
        email_verification_code (str | Unset): Email verification code required when event type has email verification
            enabled. Example: 123456.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "start",
            "seatUid",
            "rescheduledBy",
            "emailVerificationCode",
        }
    )
    _required = frozenset(
        {
            "start",
            "seatUid",
        }
    )

    def __init__(
        self,
        *,
        start: str,
        seat_uid: str,
        rescheduled_by: str | Unset = UNSET,
        email_verification_code: str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["start"] = start

        data["seatUid"] = seat_uid

        _rescheduled_by = rescheduled_by

        if not isinstance(_rescheduled_by, Unset):
            data["rescheduledBy"] = _rescheduled_by
        _email_verification_code = email_verification_code

        if not isinstance(_email_verification_code, Unset):
            data["emailVerificationCode"] = _email_verification_code
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def start(self) -> str:
        """Start time in ISO 8601 format for the new booking"""
        return cast(str, self._req("start"))

    @property
    def seat_uid(self) -> str:
        """Uid of the specific seat within booking."""
        return cast(str, self._req("seatUid"))

    @property
    def rescheduled_by(self) -> str | Unset:
        """Email of the person who is rescheduling the booking - only needed when rescheduling a booking that
        requires a confirmation.
        If event type owner email is provided then rescheduled booking will be automatically confirmed. If
        attendee email or no email is passed then the event type
        owner will have to confirm the rescheduled booking."""
        return cast(str | Unset, self._data.get("rescheduledBy", UNSET))

    @property
    def email_verification_code(self) -> str | Unset:
        """Email verification code required when event type has email verification enabled."""
        return cast(str | Unset, self._data.get("emailVerificationCode", UNSET))
