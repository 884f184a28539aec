"""cal-async as an MCP server: Cal.com's operations and the booking flow's helpers as tools for AI
agents (``pip install 'cal-async[mcp]'``).

    from cal_async import CalClient
    from cal_async.mcp import ToolPolicy, create_server

    server = create_server(CalClient, policy=ToolPolicy(writes=["bookings"]))

Tools come from the same operation descriptions as the client (``operation_tools.py``, schemas in
``schemas.py``), plus the helpers (``helper_tools.py``); ``policy.py`` decides which are offered
(read-only unless writes are enabled, confirmation for destructive ones, OAuth scopes);
``server.py`` serves them; ``cli.py`` is ``python -m cal_async.mcp``. Importing this module imports
the ``mcp`` SDK; ``import cal_async`` never does.
"""

from __future__ import annotations

from .policy import ToolPolicy
from .schemas import RequestSchemas
from .server import ToolServer, all_tools, create_server
from .tools import CalTool

__all__ = ["CalTool", "RequestSchemas", "ToolPolicy", "ToolServer", "all_tools", "create_server"]
