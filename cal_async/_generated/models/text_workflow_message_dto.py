# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class TextWorkflowMessageDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    subject: str = field("subject", STR, required=True)
    """ Subject of the message """
    text: str = field("text", STR, required=True)
    """ Text content of the message (used for SMS) """

    def __init__(
        self,
        *,
        subject: str,
        text: str,
    ) -> None:
        self._set(
            {
                "subject": subject,
                "text": text,
            }
        )


class TextWorkflowMessageDtoDict(TypedDict, total=False):
    """``TextWorkflowMessageDto`` as a plain dict with the API's JSON names, for request bodies."""

    subject: Required[str]
    text: Required[str]
