# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class HtmlWorkflowMessageDto(ApiModel):
    """
    Attributes:
        subject (str): Subject of the message Example: Reminder: Your Meeting {EVENT_NAME} - {EVENT_DATE_ddd, MMM D,
            YYYY h:mma} with Cal.com.
        html (str): HTML content of the message (used for Emails) Example: <p>This is a reminder from {ORGANIZER} of
            {EVENT_NAME} to {ATTENDEE} starting here  {LOCATION} {MEETING_URL} at {START_TIME_h:mma} {TIMEZONE}.</p>.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "subject",
            "html",
        }
    )
    _required = frozenset(
        {
            "subject",
            "html",
        }
    )

    def __init__(
        self,
        *,
        subject: str,
        html: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["subject"] = subject

        data["html"] = html

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def subject(self) -> str:
        """Subject of the message"""
        return cast(str, self._req("subject"))

    @property
    def html(self) -> str:
        """HTML content of the message (used for Emails)"""
        return cast(str, self._req("html"))
