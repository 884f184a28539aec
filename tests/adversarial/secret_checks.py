"""What the secret tests share: the characters no credential may hold, every logger at DEBUG, and
all the text a caller could print or log of an exception."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator

import pytest

__all__ = ["LOGGERS", "MALFORMED", "debug_logs", "exception_texts"]

LOGGERS = ("", "cal_async", "httpx", "httpcore", "httpcore.connection", "httpcore.http11", "hpack", "h11")

# What cannot travel in a header (or would smuggle another one in).
MALFORMED = {
    "NUL": "\x00",
    "DEL": "\x7f",
    "escape": "\x1b[31m",
    "bell": "\x07",
    "non-ASCII": "é",
    "zero-width space": "\u200b",
    "line separator": "\u2028",
    "tab": "\t",
    "space": " ",
    "newline": "\n",
    "CRLF injection": "\r\nX-Evil: 1",
}


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Every logger the SDK and the HTTP libraries use, at DEBUG, captured."""
    levels = {name: logging.getLogger(name).level for name in LOGGERS}
    for name in LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    try:
        yield caplog
    finally:
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


def exception_texts(error: BaseException) -> str:
    """The traceback (causes and contexts included), the repr and the args of ``error``."""
    return "".join(traceback.format_exception(error)) + repr(error) + repr(error.args)
