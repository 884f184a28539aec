# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class WorkflowMessageOutputDto(ApiModel):
    """
    Attributes:
        subject (str): Subject of the message Example: Reminder: Your Meeting {EVENT_NAME} - {EVENT_DATE_ddd, MMM D,
            YYYY h:mma} with Cal.com.
        html (str | Unset): HTML content of the message Example: <p>Reminder for {EVENT_NAME}.</p>.
        text (str | Unset): Text content of the message (used for SMS/WhatsApp) Example: Reminder for {EVENT_NAME}..
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "subject",
            "html",
            "text",
        }
    )
    _required = frozenset(
        {
            "subject",
        }
    )

    def __init__(
        self,
        *,
        subject: str,
        html: str | Unset = UNSET,
        text: str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["subject"] = subject

        _html = html

        if not isinstance(_html, Unset):
            data["html"] = _html
        _text = text

        if not isinstance(_text, Unset):
            data["text"] = _text
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def subject(self) -> str:
        """Subject of the message"""
        return cast(str, self._req("subject"))

    @property
    def html(self) -> str | Unset:
        """HTML content of the message"""
        return cast(str | Unset, self._data.get("html", UNSET))

    @property
    def text(self) -> str | Unset:
        """Text content of the message (used for SMS/WhatsApp)"""
        return cast(str | Unset, self._data.get("text", UNSET))
