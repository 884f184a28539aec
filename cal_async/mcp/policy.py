"""What a server offers, safe by default: read-only tools unless the operator enables writes.

- ``writes``: the write tools to offer: ``"all"``, or selectors (below); by default none, so an
  agent can look but not book, cancel or delete.
- ``confirm_destructive`` (default on): a destructive tool (``DELETE``, cancel, decline, revoke...)
  takes a required ``confirm`` argument that must be ``true``, and is refused without it. The
  description tells the agent to ask its user first; the check is the server's, not the model's
  goodwill.
- ``scopes``: the scopes of the OAuth grant the server acts with; a tool whose operation declares
  scopes (``x-oauth-scopes``) is offered only when the grant has them (an ``ORG_`` scope grants its
  ``TEAM_`` one). A tool declaring none is kept: the document does not say, the server decides.
- ``only``: offer only the tools these selectors match (a smaller tool list for small contexts).

A selector is a tool name (``bookings_cancel``, ``cancel_booking``), an operation name
(``bookings.cancel``) or a tag: a resource of the client and everything under it (``bookings``,
``orgs.teams``). A selector that matches no tool is an error, so a typo cannot silently leave a
tool out or in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Literal

import attrs

from .._oauth2 import grants
from .tools import CONFIRM, CalTool

__all__ = ["ToolPolicy", "matches"]


def _selectors(value: Iterable[str] | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        raise TypeError(f"pass a list of names, not one string ({value!r})")
    items = tuple(value)
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise ValueError(f"a name must be a non-empty string, got {item!r}")
    return items


def _writes(value: Literal["all"] | Iterable[str]) -> Literal["all"] | tuple[str, ...]:
    if value == "all":
        return "all"
    selected = _selectors(value)
    assert selected is not None
    return selected


def matches(tool: CalTool, selector: str) -> bool:
    """Whether ``selector`` (a tool name, an operation name or a resource tag) names ``tool``."""
    return (
        selector == tool.name
        or selector == tool.operation
        or tool.resource == selector
        or tool.resource.startswith(selector + ".")
    )


@attrs.frozen(slots=True)
class ToolPolicy:
    """Which tools a server offers and how (see the module's docstring)."""

    writes: Literal["all"] | tuple[str, ...] = attrs.field(default=(), converter=_writes)
    confirm_destructive: bool = True
    scopes: tuple[str, ...] | None = attrs.field(default=None, converter=_selectors)
    only: tuple[str, ...] | None = attrs.field(default=None, converter=_selectors)

    def select(self, tools: Sequence[CalTool]) -> list[CalTool]:
        """The tools to offer, in order, destructive ones taking ``confirm`` when required."""
        for what, selectors in (("writes", self.writes), ("only", self.only)):
            if isinstance(selectors, tuple):
                unknown = [s for s in selectors if not any(matches(t, s) for t in tools)]
                if unknown:
                    raise ValueError(f"{what} names {', '.join(unknown)}, which match no tool")
        return [self._adjusted(tool) for tool in tools if self.offers(tool)]

    def offers(self, tool: CalTool) -> bool:
        return self.withholds(tool) is None

    def withholds(self, tool: CalTool) -> str | None:
        """Why ``tool`` is not offered (for the agent that calls it anyway), or None."""
        if self.only is not None and not any(matches(tool, s) for s in self.only):
            return "it is not among this server's tools"
        if not tool.read_only and self.writes != "all" and not any(matches(tool, s) for s in self.writes):
            return "it changes data and is not enabled on this server"
        if self.scopes is not None and not all(grants(self.scopes, s) for s in tool.oauth_scopes):
            return f"the OAuth grant lacks {', '.join(tool.oauth_scopes)}"
        return None

    def _adjusted(self, tool: CalTool) -> CalTool:
        if not (tool.destructive and self.confirm_destructive):
            return tool
        schema: dict[str, Any] = dict(tool.input_schema)
        schema["properties"] = {
            **schema["properties"],
            CONFIRM: {
                "type": "boolean",
                "const": True,
                "description": "This cannot be undone: ask the user, and pass true only once they agree.",
            },
        }
        schema["required"] = [*schema.get("required", ()), CONFIRM]
        description = f"{tool.description}\nDestructive: ask the user first, then call with confirm=true."
        return attrs.evolve(tool, input_schema=schema, description=description, confirmation=True)
