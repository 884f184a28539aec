"""The MCP server: the tools the policy offers, each call checked against its schema, run on the
client and answered with its JSON or the SDK's error (``results.py``).

``create_server`` returns the ``mcp`` SDK's own low-level ``Server``: run it over stdio
(``python -m cal_async.mcp``, ``server.run(...)``), or serve it over streamable HTTP with
``server.streamable_http_app()`` (a Starlette app to mount in a FastAPI or Starlette app; its
``server.session_manager.run()`` belongs in that app's lifespan).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any, Final

import attrs
import mcp_types as types
import orjson
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from mcp.server.context import ServerRequestContext
from mcp.server.lowlevel import Server
from mcp.shared.exceptions import MCPError

from .._client import CalClient
from .._version import __version__
from .helper_tools import helper_tools
from .operation_tools import operation_tools
from .policy import ToolPolicy
from .results import error_text, to_json
from .schemas import RequestSchemas
from .tools import CONFIRM, CalTool

__all__ = ["ToolServer", "all_tools", "create_server"]

INSTRUCTIONS: Final = (
    "Cal.com scheduling through cal-async. Times are ISO 8601 with an offset or Z. To book: "
    "find_available_slots (an event type, a range, the attendee's time zone), then book_slot with "
    "one of the starts, or book_first_available_slot. List tools return one page: pass take/skip "
    "for more. Tools that change data are offered only when the operator enables them; a "
    "destructive one needs confirm=true, which you pass only after the user agreed."
)
_LONGEST_PROBLEM: Final = 500  # characters of one validation problem shown


def all_tools(schemas: RequestSchemas | None = None) -> list[CalTool]:
    """Every tool the SDK can offer: one per operation of ``OPERATIONS``, then the helpers'."""
    from .._generated.operations import OPERATIONS

    schemas = schemas or RequestSchemas.load()
    return [*operation_tools(schemas, OPERATIONS), *helper_tools(schemas, OPERATIONS)]


def _explained(error: ValidationError) -> str:
    """``error`` at the argument it is about (``body.attendee: 'timeZone' is a required property``);
    for a value that fits none of a body's variants, also why it does not fit the closest one."""
    where = ".".join(str(part) for part in error.absolute_path)
    text = f"{where}: {error.message}" if where else error.message
    if len(text) > _LONGEST_PROBLEM:
        text = text[:_LONGEST_PROBLEM] + "…"
    closest = best_match(error.context) if error.context else None
    return f"{text} (closest: {_explained(closest)})" if closest is not None else text


@attrs.define
class ToolServer:
    """The offered tools by name, and what listing and calling them answers."""

    tools: Mapping[str, CalTool]
    withheld: Mapping[str, str] = attrs.field(factory=dict)  # tool name -> why, for a helpful refusal
    _validators: dict[str, Draft202012Validator] = attrs.field(factory=dict, init=False)

    @classmethod
    def of(cls, tools: Sequence[CalTool], policy: ToolPolicy) -> ToolServer:
        offered = policy.select(tools)
        by_name: dict[str, CalTool] = {}
        for tool in offered:
            if tool.name in by_name:
                raise ValueError(f"two tools are named {tool.name!r}")
            by_name[tool.name] = tool
        withheld = {t.name: policy.withholds(t) or "" for t in tools if t.name not in by_name}
        return cls(by_name, withheld)

    def listing(self) -> list[types.Tool]:
        return [
            types.Tool(
                name=tool.name,
                description=tool.description,
                input_schema=dict(tool.input_schema),
                annotations=types.ToolAnnotations(
                    read_only_hint=tool.read_only,
                    destructive_hint=tool.destructive,
                    idempotent_hint=tool.idempotent,
                    open_world_hint=True,
                ),
            )
            for tool in self.tools.values()
        ]

    def _problem(self, tool: CalTool, arguments: Mapping[str, Any]) -> str | None:
        """What is wrong with ``arguments`` by the tool's schema, naming the argument; None if fine."""
        validator = self._validators.get(tool.name)
        if validator is None:
            validator = self._validators[tool.name] = Draft202012Validator(dict(tool.input_schema))
        error = best_match(validator.iter_errors(dict(arguments)))
        if error is None:
            return None
        return f"Invalid arguments for {tool.name}: {_explained(error)}"

    async def call(
        self, cal: CalClient, name: str, arguments: Mapping[str, Any] | None
    ) -> types.CallToolResult:
        tool = self.tools.get(name)
        if tool is None:
            why = self.withheld.get(name) or "no such tool"
            raise MCPError(types.INVALID_PARAMS, f"Unknown tool {name!r}: {why}")
        given = dict(arguments or {})
        problem = self._problem(tool, given)
        if problem is None and tool.confirmation and given.pop(CONFIRM, None) is not True:
            problem = f"{tool.name} cannot be undone: ask the user, then call it with confirm=true"
        if problem is not None:
            return _error(problem)
        try:
            data = to_json(await tool.run(cal, given))
            text = orjson.dumps(data).decode()
        except Exception as exc:
            return _error(error_text(tool, exc))
        structured = data if isinstance(data, dict) else {"result": data}
        return types.CallToolResult(
            content=[types.TextContent(type="text", text=text)], structured_content=structured
        )


def _error(text: str) -> types.CallToolResult:
    return types.CallToolResult(content=[types.TextContent(type="text", text=text)], is_error=True)


def create_server(
    client: CalClient | Callable[[], AbstractAsyncContextManager[CalClient]],
    *,
    policy: ToolPolicy | None = None,
    tools: Sequence[CalTool] | None = None,
    name: str = "cal-async",
) -> Server[CalClient]:
    """An MCP server offering Cal.com's operations and the booking helpers as tools.

    - ``client``: an open ``CalClient`` (the caller closes it), or a callable making one to open
      and close with the server's lifespan: ``CalClient`` itself (it reads ``CAL_API_KEY``), or
      any function returning an async context manager of one.
    - ``policy``: which tools, and how (:class:`ToolPolicy`; default: read-only tools, destructive
      ones needing confirmation once enabled).
    - ``tools``: the tools to choose from (default: :func:`all_tools`).
    """
    chosen = ToolServer.of(tools if tools is not None else all_tools(), policy or ToolPolicy())

    @asynccontextmanager
    async def lifespan(_server: Server[CalClient]) -> AsyncIterator[CalClient]:
        if isinstance(client, CalClient):
            yield client
        else:
            async with client() as opened:
                yield opened

    async def list_tools(
        _ctx: ServerRequestContext[CalClient], _params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        return types.ListToolsResult(tools=chosen.listing())

    async def call_tool(
        ctx: ServerRequestContext[CalClient], params: types.CallToolRequestParams
    ) -> types.CallToolResult:
        return await chosen.call(ctx.lifespan_context, params.name, params.arguments)

    return Server(
        name,
        version=__version__,
        instructions=INSTRUCTIONS,
        lifespan=lifespan,
        on_list_tools=list_tools,
        on_call_tool=call_tool,
    )
