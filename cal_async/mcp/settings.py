"""The command line's settings (``python -m cal_async.mcp``): flags, else environment variables.

- ``CAL_API_KEY``: the API key (never a flag: a command line is visible to every user);
- ``--base-url`` / ``CAL_API_URL``: the API's base URL (default ``https://api.cal.com``);
- ``--allow-writes`` / ``CAL_MCP_ALLOW_WRITES``: ``all``, or the tool names / tags offered even
  though they change data;
- ``--no-confirm`` / ``CAL_MCP_CONFIRM=0``: destructive tools without the ``confirm`` argument;
- ``--scopes`` / ``CAL_MCP_SCOPES``: the OAuth grant's scopes: only the tools they allow;
- ``--tools`` / ``CAL_MCP_TOOLS``: only these tool names / tags;
- ``--rate-limit`` / ``CAL_MCP_RATE_LIMIT``: requests per minute the key may use (default: 120);
- ``--redis-url`` / ``CAL_REDIS_URL``: share the rate budget through Redis with the key's other
  users (``pip install 'cal-async[redis]'``);
- ``--transport`` / ``CAL_MCP_TRANSPORT``: ``stdio`` (default) or ``http`` (streamable HTTP), on
  ``--host``, ``--port``, ``--path`` / ``CAL_MCP_HOST``, ``CAL_MCP_PORT``, ``CAL_MCP_PATH``
  (default ``127.0.0.1``, ``8000``, ``/mcp``);
- ``--list-tools``: print the tools the settings offer, then exit.

Lists are comma separated. Every request takes a slot of the rate budget (in-process, or shared
through Redis), so the key is paced instead of blocked for a minute.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Literal

import attrs

from .._client import CalClient
from ..rate_budget import LocalRateBudget, RateBudget, ServerLimits
from .policy import ToolPolicy

__all__ = ["Settings"]

_FALSE = frozenset({"0", "false", "no", "off"})


def _names(text: str | None) -> tuple[str, ...] | None:
    if text is None:
        return None
    return tuple(part.strip() for part in text.split(",") if part.strip())


@attrs.frozen(slots=True)
class Settings:
    """Everything the command line decides (the API key is left to ``CalClient``: ``CAL_API_KEY``)."""

    policy: ToolPolicy = attrs.field(factory=ToolPolicy)
    base_url: str | None = None
    rate_limit: int | None = None
    redis_url: str | None = attrs.field(default=None, repr=False)  # may hold a password
    transport: Literal["stdio", "http"] = "stdio"
    host: str = "127.0.0.1"
    port: int = 8000
    path: str = "/mcp"
    list_tools: bool = False

    @classmethod
    def parse(cls, argv: Sequence[str], environ: Mapping[str, str]) -> Settings:
        parser = argparse.ArgumentParser(
            prog="python -m cal_async.mcp",
            description="Cal.com as an MCP server (read-only tools unless writes are enabled). "
            "The API key comes from CAL_API_KEY.",
        )
        env = environ.get
        parser.add_argument("--base-url", default=env("CAL_API_URL"))
        parser.add_argument(
            "--allow-writes",
            default=env("CAL_MCP_ALLOW_WRITES"),
            metavar="all|NAMES",
            help="offer these write tools: all, or tool names / tags (bookings, bookings.cancel...)",
        )
        parser.add_argument(
            "--no-confirm",
            action="store_true",
            default=env("CAL_MCP_CONFIRM", "1").strip().lower() in _FALSE,
            help="let destructive tools run without a confirm=true argument",
        )
        parser.add_argument("--scopes", default=env("CAL_MCP_SCOPES"), help="the OAuth grant's scopes")
        parser.add_argument("--tools", default=env("CAL_MCP_TOOLS"), help="offer only these names / tags")
        parser.add_argument("--rate-limit", type=int, default=env("CAL_MCP_RATE_LIMIT"), metavar="PER_MINUTE")
        parser.add_argument("--redis-url", default=env("CAL_REDIS_URL"))
        parser.add_argument(
            "--transport", choices=("stdio", "http"), default=env("CAL_MCP_TRANSPORT", "stdio")
        )
        parser.add_argument("--host", default=env("CAL_MCP_HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=env("CAL_MCP_PORT", "8000"))
        parser.add_argument("--path", default=env("CAL_MCP_PATH", "/mcp"))
        parser.add_argument("--list-tools", action="store_true", help="print the tools offered, then exit")
        args = parser.parse_args(list(argv))
        writes = args.allow_writes.strip() if args.allow_writes else ""
        if args.rate_limit is not None and int(args.rate_limit) < 1:
            parser.error("--rate-limit must be 1 or more requests per minute")
        policy = ToolPolicy(
            writes="all" if writes == "all" else (_names(writes) or ()),
            confirm_destructive=not args.no_confirm,
            scopes=_names(args.scopes),
            only=_names(args.tools),
        )
        return cls(
            policy=policy,
            base_url=args.base_url or None,
            rate_limit=int(args.rate_limit) if args.rate_limit is not None else None,
            redis_url=args.redis_url or None,
            transport=args.transport,
            host=args.host,
            port=int(args.port),
            path=args.path,
            list_tools=args.list_tools,
        )

    @property
    def limits(self) -> ServerLimits:
        """What the rate budget assumes: Cal.com's limits, the key's as ``rate_limit`` says."""
        return ServerLimits(api_key=self.rate_limit) if self.rate_limit else ServerLimits()

    @contextlib.asynccontextmanager
    async def client(self) -> AsyncIterator[CalClient]:
        """The client the server acts with, and its rate budget, open for the server's lifetime."""
        limits = self.limits
        async with contextlib.AsyncExitStack() as stack:
            budget: RateBudget
            if self.redis_url:
                from ..redis_budget import RedisRateBudget  # needs the redis extra

                budget = await stack.enter_async_context(RedisRateBudget(self.redis_url, limits=limits))
            else:
                budget = LocalRateBudget(limits=limits)
            yield await stack.enter_async_context(CalClient(base_url=self.base_url, rate_budget=budget))
