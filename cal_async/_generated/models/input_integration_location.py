# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    STR,
    enum_of,
    field,
)
from cal_async._models import ApiModel

from .input_integration_location_integration import InputIntegrationLocationIntegration

if TYPE_CHECKING:
    pass


class InputIntegrationLocation(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    type_: str = field("type", STR, required=True)
    """ only allowed value for type is `integration` """
    integration: InputIntegrationLocationIntegration = field(
        "integration", enum_of(InputIntegrationLocationIntegration), required=True
    )

    def __init__(
        self,
        *,
        type_: str,
        integration: InputIntegrationLocationIntegration,
    ) -> None:
        self._set(
            {
                "type": type_,
                "integration": integration,
            }
        )


class InputIntegrationLocationDict(TypedDict, total=False):
    """``InputIntegrationLocation`` as a plain dict with the API's JSON names, for request bodies."""

    type: Required[str]
    integration: Required[
        InputIntegrationLocationIntegration | Literal["cal-video", "google-meet", "office365-video", "zoom"]
    ]
