# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class TextWorkflowMessageDto(ApiModel):
    """
    Attributes:
        subject (str): Subject of the message Example: Reminder: Your Meeting {EVENT_NAME} - {EVENT_DATE_ddd, MMM D,
            YYYY h:mma} with Cal.com.
        text (str): Text content of the message (used for SMS) Example: This is a reminder message from {ORGANIZER} of
            {EVENT_NAME} to {ATTENDEE} starting here {LOCATION} {MEETING_URL} at {START_TIME_h:mma} {TIMEZONE}..
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "subject",
            "text",
        }
    )
    _required = frozenset(
        {
            "subject",
            "text",
        }
    )

    def __init__(
        self,
        *,
        subject: str,
        text: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["subject"] = subject

        data["text"] = text

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def subject(self) -> str:
        """Subject of the message"""
        return cast(str, self._req("subject"))

    @property
    def text(self) -> str:
        """Text content of the message (used for SMS)"""
        return cast(str, self._req("text"))
