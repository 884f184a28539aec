# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING

from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class EmailDefaultFieldInputRequired(ApiModel):
    """Can be set to false only for organization team event types and if you also pass booking field {type:
    "phone", slug: "attendeePhoneNumber", required: true, hidden: false, label: "whatever label"} of
    booking field type PhoneFieldInput_2024_06_14 - this is done
          to enable phone only bookings where during the booking attendee can provide only their phone
    number and not provide email, so you must pass to the email booking field {hidden: true, required:
    false}.
          If true show under event type settings but don't show this booking field in the Booker. If
    false show in both.

    Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    def __init__(
        self,
    ) -> None:
        self._set({})
