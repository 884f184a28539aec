# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    INT,
    STR,
    enum_of,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .output_integration_location_integration import OutputIntegrationLocationIntegration

if TYPE_CHECKING:
    pass


class OutputIntegrationLocation(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    type_: str = field("type", STR, required=True)
    """ Only allowed value for type is `integration` """
    integration: OutputIntegrationLocationIntegration = field(
        "integration", enum_of(OutputIntegrationLocationIntegration), required=True
    )
    link: str | Unset = field("link", STR, required=False)
    credential_id: int | Unset = field("credentialId", INT, required=False)
    """ Credential ID associated with the integration """

    def __init__(
        self,
        *,
        type_: str,
        integration: OutputIntegrationLocationIntegration,
        link: str | Unset = UNSET,
        credential_id: int | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "type": type_,
                "integration": integration,
                "link": link,
                "credentialId": credential_id,
            }
        )


class OutputIntegrationLocationDict(TypedDict, total=False):
    """``OutputIntegrationLocation`` as a plain dict with the API's JSON names, for request bodies."""

    type: Required[str]
    integration: Required[
        OutputIntegrationLocationIntegration
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
    link: str
    credentialId: int
