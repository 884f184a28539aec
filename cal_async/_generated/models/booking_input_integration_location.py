# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    STR,
    enum_of,
    field,
)
from cal_async._models import ApiModel

from .booking_input_integration_location_integration import BookingInputIntegrationLocationIntegration

if TYPE_CHECKING:
    pass


class BookingInputIntegrationLocation(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    type_: str = field("type", STR, required=True)
    """ only allowed value for type is `integration` """
    integration: BookingInputIntegrationLocationIntegration = field(
        "integration", enum_of(BookingInputIntegrationLocationIntegration), required=True
    )

    def __init__(
        self,
        *,
        type_: str,
        integration: BookingInputIntegrationLocationIntegration,
    ) -> None:
        self._set(
            {
                "type": type_,
                "integration": integration,
            }
        )


class BookingInputIntegrationLocationDict(TypedDict, total=False):
    """``BookingInputIntegrationLocation`` as a plain dict with the API's JSON names, for request bodies."""

    type: Required[str]
    integration: Required[
        BookingInputIntegrationLocationIntegration
        | Literal[
            "cal-video",
            "campfire-video",
            "demodesk-video",
            "discord-video",
            "eightxeight-video",
            "element-call-video",
            "facetime-video",
            "google-meet",
            "huddle",
            "jelly-conferencing",
            "jelly-video",
            "jitsi",
            "mirotalk-video",
            "office365-video",
            "ping-video",
            "riverside-video",
            "roam-video",
            "salesroom-video",
            "shimmer-video",
            "signal-video",
            "sirius-video",
            "skype-video",
            "sylaps-video",
            "tandem",
            "telegram-video",
            "webex-video",
            "whatsapp-video",
            "whereby-video",
            "zoom",
        ]
    ]
