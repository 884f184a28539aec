# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, TypedDict

from cal_async._fields import (
    BOOL,
    STR,
    enum_of,
    field,
    list_of,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .update_webhook_input_dto_triggers_item import UpdateWebhookInputDtoTriggersItem

if TYPE_CHECKING:
    pass


class UpdateWebhookInputDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    payload_template: str | Unset = field("payloadTemplate", STR, required=False)
    """ The template of the payload that will be sent to the subscriberUrl, check cal.com/docs/core-
    features/webhooks for more information """
    active: bool | Unset = field("active", BOOL, required=False)
    subscriber_url: str | Unset = field("subscriberUrl", STR, required=False)
    triggers: list[UpdateWebhookInputDtoTriggersItem] | Unset = field(
        "triggers", list_of(enum_of(UpdateWebhookInputDtoTriggersItem)), required=False
    )
    secret: str | Unset = field("secret", STR, required=False)

    def __init__(
        self,
        *,
        payload_template: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        subscriber_url: str | Unset = UNSET,
        triggers: list[UpdateWebhookInputDtoTriggersItem] | Unset = UNSET,
        secret: str | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "payloadTemplate": payload_template,
                "active": active,
                "subscriberUrl": subscriber_url,
                "triggers": triggers,
                "secret": secret,
            }
        )


class UpdateWebhookInputDtoDict(TypedDict, total=False):
    """``UpdateWebhookInputDto`` as a plain dict with the API's JSON names, for request bodies."""

    payloadTemplate: str
    active: bool
    subscriberUrl: str
    triggers: Sequence[
        UpdateWebhookInputDtoTriggersItem
        | Literal[
            "AFTER_GUESTS_CAL_VIDEO_NO_SHOW",
            "AFTER_HOSTS_CAL_VIDEO_NO_SHOW",
            "BOOKING_CANCELLED",
            "BOOKING_CREATED",
            "BOOKING_NO_SHOW_UPDATED",
            "BOOKING_PAID",
            "BOOKING_PAYMENT_INITIATED",
            "BOOKING_REJECTED",
            "BOOKING_REQUESTED",
            "BOOKING_RESCHEDULED",
            "FORM_SUBMITTED",
            "FORM_SUBMITTED_NO_EVENT",
            "INSTANT_MEETING",
            "MEETING_ENDED",
            "MEETING_STARTED",
            "OOO_CREATED",
            "RECORDING_READY",
            "RECORDING_TRANSCRIPTION_GENERATED",
        ]
    ]
    secret: str
