"""The README's MCP section stays true: the desktop client's JSON configuration launches the
server with options it accepts, offering the tools it says, and the figures it quotes are the
tool table's."""

from __future__ import annotations

import json
import re

from cal_async.mcp import all_tools
from cal_async.mcp.server import ToolServer
from cal_async.mcp.settings import Settings
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text()
SECTION = README.split("## Cal.com as tools for AI agents (MCP)\n", 1)[1].split("\n## ", 1)[0]


def test_the_desktop_configuration_launches_the_server_as_described() -> None:
    (block,) = re.findall(r"```json\n(.*?)```", SECTION, re.DOTALL)
    server = json.loads(block)["mcpServers"]["cal"]
    assert server["args"][:2] == ["-m", "cal_async.mcp"]
    assert set(server["env"]) == {"CAL_API_KEY"}
    settings = Settings.parse(server["args"][2:], server["env"])
    assert settings.transport == "stdio"
    offered = ToolServer.of(all_tools(), settings.policy).tools
    writes = {name for name, tool in offered.items() if not tool.read_only}
    assert writes == {"book_slot", "book_first_available_slot", "reschedule_booking", "cancel_booking"}
    assert offered["cancel_booking"].confirmation


def test_the_figures_quoted_are_the_tables() -> None:
    tools = all_tools()
    operations = [t for t in tools if t.operation]
    read_only = [t for t in tools if t.read_only]
    assert f"One per operation ({len(operations)})" in SECTION
    assert f"`find_available_slots`: {len(read_only)} tools)" in SECTION
