"""``python -m cal_async.mcp``'s settings: flags over environment variables, safe defaults, and
``--list-tools`` showing what a configuration offers."""

from __future__ import annotations

import subprocess
import sys

import pytest

from cal_async.mcp.policy import ToolPolicy
from cal_async.mcp.settings import Settings
from cal_async.rate_budget import ServerLimits
from tests.conftest import ROOT


def test_defaults_are_read_only_with_confirmation_over_stdio() -> None:
    settings = Settings.parse([], {})
    assert settings.policy == ToolPolicy(writes=(), confirm_destructive=True, scopes=None, only=None)
    assert (settings.transport, settings.host, settings.port, settings.path) == (
        "stdio",
        "127.0.0.1",
        8000,
        "/mcp",
    )
    assert settings.base_url is None and settings.rate_limit is None and settings.redis_url is None


def test_environment_then_flags() -> None:
    env = {
        "CAL_API_URL": "http://cal.test",
        "CAL_MCP_ALLOW_WRITES": "bookings, slots",
        "CAL_MCP_CONFIRM": "0",
        "CAL_MCP_SCOPES": "BOOKING_READ,BOOKING_WRITE",
        "CAL_MCP_TOOLS": "bookings,slots,me",
        "CAL_MCP_RATE_LIMIT": "60",
        "CAL_REDIS_URL": "redis://:secret@localhost:6379/0",
        "CAL_MCP_TRANSPORT": "http",
        "CAL_MCP_PORT": "9000",
    }
    settings = Settings.parse([], env)
    assert settings.policy == ToolPolicy(
        writes=("bookings", "slots"),
        confirm_destructive=False,
        scopes=("BOOKING_READ", "BOOKING_WRITE"),
        only=("bookings", "slots", "me"),
    )
    assert (settings.base_url, settings.rate_limit, settings.transport, settings.port) == (
        "http://cal.test",
        60,
        "http",
        9000,
    )
    assert "secret" not in repr(settings)  # a Redis URL may carry a password
    flags = Settings.parse(["--allow-writes", "all", "--transport", "stdio", "--rate-limit", "30"], env)
    assert flags.policy.writes == "all" and flags.transport == "stdio" and flags.rate_limit == 30


def test_a_bad_rate_limit_is_refused() -> None:
    with pytest.raises(SystemExit):
        Settings.parse(["--rate-limit", "0"], {})


async def test_the_client_is_opened_with_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAL_API_KEY", "cal_" + "a" * 32)
    settings = Settings.parse(["--rate-limit", "30", "--base-url", "http://cal.test"], {})
    assert settings.limits == ServerLimits(api_key=30)
    assert Settings.parse([], {}).limits == ServerLimits()  # Cal.com's: 120 a minute for a key
    async with settings.client() as cal:
        assert cal.base_url == "http://cal.test"


def test_list_tools_shows_what_a_configuration_offers() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "cal_async.mcp",
            "--list-tools",
            "--allow-writes",
            "bookings",
            "--tools",
            "bookings",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    rows = dict(line.split("\t") for line in done.stdout.splitlines())
    assert rows["bookings_get"] == "read"
    assert rows["book_slot"] == "write"
    assert rows["cancel_booking"] == "DESTRUCTIVE (confirm)"
    assert rows["bookings_decline"] == "DESTRUCTIVE (confirm)"
    assert "me_get" not in rows and "find_available_slots" not in rows
