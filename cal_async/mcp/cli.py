"""``python -m cal_async.mcp``: serve the tools over stdio (a desktop agent launches it) or over
streamable HTTP. Settings: ``settings.py``. Logs go to stderr: over stdio, stdout is the protocol."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping, Sequence

import anyio

from .server import ToolServer, all_tools, create_server
from .settings import Settings

__all__ = ["main"]


def _describe(settings: Settings) -> str:
    chosen = ToolServer.of(all_tools(), settings.policy)
    lines = []
    for tool in chosen.tools.values():
        kind = "read" if tool.read_only else ("DESTRUCTIVE" if tool.destructive else "write")
        lines.append(f"{tool.name}\t{kind}{' (confirm)' if tool.confirmation else ''}")
    return "\n".join(lines)


async def _serve(settings: Settings) -> None:
    server = create_server(settings.client, policy=settings.policy)
    if settings.transport == "stdio":
        from mcp.server.stdio import stdio_server

        async with stdio_server() as (read, write):
            await server.run(read, write, server.create_initialization_options())
        return
    import uvicorn

    app = server.streamable_http_app(streamable_http_path=settings.path, host=settings.host)
    config = uvicorn.Config(app, host=settings.host, port=settings.port, log_level="warning")
    print(f"cal-async MCP server on http://{settings.host}:{settings.port}{settings.path}", file=sys.stderr)
    await uvicorn.Server(config).serve()


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    environ = os.environ if environ is None else environ
    settings = Settings.parse(sys.argv[1:] if argv is None else argv, environ)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    if settings.list_tools:
        print(_describe(settings))
        return 0
    if not environ.get("CAL_API_KEY"):
        print("set CAL_API_KEY to a Cal.com API key (cal_live_...)", file=sys.stderr)
        return 2
    anyio.run(_serve, settings)
    return 0
