"""What a tool call answers: the typed result as JSON, or the SDK's error as a tool error.

Results: a model is the JSON the server sent (``to_dict()``), a page is ``{"data", "pagination",
"offset", "limit", "hasNextPage"}``, a helper's value (``Slot``, ``BookingResult``) is an object of
its fields, times in ISO 8601 with their offset.

Errors: the SDK's message, which says what failed in words (each validation constraint, the nearest
free slots, how long a rate limit lasts) and never holds a credential; a caller's mistake names
the argument as the agent sent it. Nothing else reaches the agent: an unexpected exception is
logged here, with its stack trace, and the agent is told only its type.
"""

from __future__ import annotations

import enum
import logging
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, Final

import attrs

from .._errors import (
    APIConnectionError,
    APIResponseError,
    CalError,
    InternalServerError,
    RateBudgetExhaustedError,
    RateLimitError,
    ResponseValidationError,
)
from .._models import ApiModel
from ..pagination import Page
from .tools import CalTool

__all__ = ["error_text", "to_json"]

logger = logging.getLogger("cal_async.mcp")

_LONGEST: Final = 2000  # characters of an error message an agent is shown


def to_json(value: object) -> Any:
    """``value`` as JSON-compatible data (see the module's docstring)."""
    if isinstance(value, ApiModel):
        return value.to_dict()
    if isinstance(value, Page):
        return {
            "data": [to_json(item) for item in value.items],
            "pagination": dict(value.pagination) if value.pagination is not None else None,
            "offset": value.offset,
            "limit": value.limit,
            "hasNextPage": value.has_next_page,
        }
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return to_json(value.value)
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    cls = type(value)
    if attrs.has(cls):  # the helpers' values: Slot, BookingResult...
        return {name: to_json(getattr(value, name)) for name in attrs.fields_dict(cls)}
    return value


def _in_json_names(text: str, names: Mapping[str, str]) -> str:
    """``text`` with the SDK's Python argument names replaced by the tool's JSON names."""
    for python, key in names.items():
        text = re.sub(rf"(?<![\w.]){re.escape(python)}(?![\w])", key, text)
    return text


# Failures after which a request that changes something may have been carried out: no answer,
# a server error, or an answer that could not be read.
_OUTCOME_UNKNOWN: Final = (APIConnectionError, InternalServerError, APIResponseError, ResponseValidationError)


def error_text(tool: CalTool, exc: BaseException) -> str:
    """What the agent is told when ``tool`` raised ``exc``."""
    if isinstance(exc, RateLimitError | RateBudgetExhaustedError):
        wait = (
            f" Wait {exc.retry_after:.0f} s before calling it again." if exc.retry_after is not None else ""
        )
        text = f"Rate limited by Cal.com ({type(exc).__name__}: {exc}).{wait}"
    elif isinstance(exc, CalError):
        text = f"{type(exc).__name__}: {exc}"
        if isinstance(exc, _OUTCOME_UNKNOWN) and not tool.idempotent:
            text += (
                f"\n{tool.name} changes data and the request may have been carried out: check "
                "(e.g. list the bookings) before calling it again."
            )
    elif isinstance(exc, ValueError | TypeError):
        # The SDK's checks before sending (and the helpers'): the caller's arguments.
        text = f"Invalid arguments: {_in_json_names(str(exc), tool.argument_names)}"
    else:
        logger.error("tool %s failed unexpectedly", tool.name, exc_info=exc)
        text = (
            f"{tool.name} failed with an unexpected {type(exc).__name__}; the server's log has the details."
        )
    return text if len(text) <= _LONGEST else text[: _LONGEST - 1] + "…"
