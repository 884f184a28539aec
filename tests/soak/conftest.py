"""Print the soak's counts at the end of the session."""

from __future__ import annotations

from typing import Any

from .server import SUMMARY


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if SUMMARY:
        terminalreporter.section("fault-injection soak")
        for line in SUMMARY:
            terminalreporter.write_line(line)
