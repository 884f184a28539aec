"""The tool name and guidance an operation declares for AI agents (``x-mcp``).

Newer Cal.com documents annotate read operations with ``x-mcp: {name, guidance}`` (e.g.
``{"name": "get_org_attributes", "guidance": "List all attributes ... Supports pagination with
skip/take."}``). The generator carries both into the operation's description
(``Operation.mcp_name``/``mcp_guidance``), where ``cal_async.mcp`` names and describes its tools
with them. Pure functions: nothing here touches files.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["X_MCP", "mcp_hint_of"]

X_MCP = "x-mcp"
# The Model Context Protocol's tool names: 1 to 128 of these characters (SEP-986).
_TOOL_NAME = re.compile(r"[A-Za-z0-9_.-]{1,128}")


def mcp_hint_of(operation: Mapping[str, Any]) -> tuple[str, str]:
    """``(name, guidance)`` from the operation's ``x-mcp``; ``("", "")`` when it has none.

    A value of another shape (not an object, a name that is no MCP tool name, a guidance that is no
    string) is a ``ValueError`` naming the operation: a change in the document's format stops
    generation instead of silently dropping the hint.
    """
    raw = operation.get(X_MCP)
    if raw is None:
        return "", ""
    where = operation.get("operationId", "an operation")
    if not isinstance(raw, Mapping):
        raise ValueError(f"{where}: {X_MCP} should be an object {{name, guidance}}, got {type(raw).__name__}")
    name = raw.get("name")
    if not isinstance(name, str) or _TOOL_NAME.fullmatch(name) is None:
        raise ValueError(
            f"{where}: {X_MCP} name {name!r} is not an MCP tool name (1-128 of A-Z a-z 0-9 _ . -)"
        )
    guidance = raw.get("guidance", "")
    if not isinstance(guidance, str):
        raise ValueError(f"{where}: {X_MCP} guidance should be a string, got {type(guidance).__name__}")
    return name, " ".join(guidance.split())
