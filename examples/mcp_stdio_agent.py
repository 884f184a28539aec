"""What a desktop agent does with cal-async's MCP server: launch ``python -m cal_async.mcp`` over
stdio, list its tools, find a free slot and book it. Here against the fake Cal.com, served on a
local port, so it runs without an account::

    pip install 'cal-async[mcp,testing]'
    python examples/mcp_stdio_agent.py

Point ``CAL_API_KEY`` (and no ``CAL_API_URL``) at your account instead to try it for real.
"""

from __future__ import annotations

import asyncio
import json
import sys

from mcp import Client, StdioServerParameters
from mcp.types import CallToolResult, TextContent

from cal_async.testing import FakeCal, serve


def text(result: CallToolResult) -> str:
    """A tool result's text: its JSON, or the error the agent is told."""
    return "".join(block.text for block in result.content if isinstance(block, TextContent))


async def main() -> None:
    fake = FakeCal()
    intro = fake.add_event_type(slug="intro", length=30)
    async with serve(fake) as url:
        server = StdioServerParameters(
            command=sys.executable,
            args=["-m", "cal_async.mcp", "--allow-writes", "book_slot"],
            env={"CAL_API_KEY": fake.api_key, "CAL_API_URL": url},
        )
        async with Client(server) as agent:
            tools = (await agent.list_tools()).tools
            writes = [t.name for t in tools if t.annotations and not t.annotations.read_only_hint]
            print(f"{len(tools)} tools; the ones that change data: {writes}")
            found = await agent.call_tool(
                "find_available_slots",
                {
                    "eventTypeId": intro.id,
                    "start": "2030-01-07",
                    "end": "2030-01-07",
                    "timeZone": "Europe/Paris",
                },
            )
            slots = json.loads(text(found))["slots"]
            print(f"first free slot: {slots[0]['start']}")
            booked = await agent.call_tool(
                "book_slot",
                {
                    "eventTypeId": intro.id,
                    "start": slots[0]["start"],
                    "attendee": {
                        "name": "Ada Lovelace",
                        "email": "ada@example.com",
                        "timeZone": "Europe/Paris",
                    },
                },
            )
            print(f"booked: {json.loads(text(booked))['uid']}")
            refused = await agent.call_tool("bookings_list", {"take": 1000})
            print(f"a bad argument: {text(refused)}")


if __name__ == "__main__":
    asyncio.run(main())
