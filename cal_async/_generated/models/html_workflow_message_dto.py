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


class HtmlWorkflowMessageDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    subject: str = field("subject", STR, required=True)
    """ Subject of the message """
    html: str = field("html", STR, required=True)
    """ HTML content of the message (used for Emails) """

    def __init__(
        self,
        *,
        subject: str,
        html: str,
    ) -> None:
        self._set(
            {
                "subject": subject,
                "html": html,
            }
        )


class HtmlWorkflowMessageDtoDict(TypedDict, total=False):
    """``HtmlWorkflowMessageDto`` as a plain dict with the API's JSON names, for request bodies."""

    subject: Required[str]
    html: Required[str]
