# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class WorkflowMessageOutputDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    subject: str = field("subject", STR, required=True)
    """ Subject of the message """
    html: str | Unset = field("html", STR, required=False)
    """ HTML content of the message """
    text: str | Unset = field("text", STR, required=False)
    """ Text content of the message (used for SMS/WhatsApp) """

    def __init__(
        self,
        *,
        subject: str,
        html: str | Unset = UNSET,
        text: str | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "subject": subject,
                "html": html,
                "text": text,
            }
        )


class WorkflowMessageOutputDtoDict(TypedDict, total=False):
    """``WorkflowMessageOutputDto`` as a plain dict with the API's JSON names, for request bodies."""

    subject: Required[str]
    html: str
    text: str
