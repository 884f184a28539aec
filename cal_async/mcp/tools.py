"""What a tool is to the server: a name, a description, an input schema, what it may change, and
the call that runs it on a ``CalClient``. Operation tools (``operation_tools.py``) and the booking
flow's helper tools (``helper_tools.py``) are both :class:`CalTool` values; the safety policy
(``policy.py``) picks and adjusts them, the server (``server.py``) offers and runs them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from .._client import CalClient

__all__ = ["CONFIRM", "CalTool", "Runner"]

#: Runs a tool: the client, and the tool's arguments as JSON (validated against its schema).
Runner = Callable[["CalClient", Mapping[str, Any]], Awaitable[object]]

#: The argument a destructive tool takes when the operator requires confirmation.
CONFIRM = "confirm"


@attrs.frozen(slots=True)
class CalTool:
    """One tool.

    - ``resource``: where the tool's calls live on the client (``bookings``, ``orgs.teams``): its
      tag, by which an operator enables writes for a whole part of the API.
    - ``operation``: the operation it runs (``bookings.cancel``); ``""`` for a helper tool.
    - ``read_only``: it changes nothing (``GET``); every other tool is a write.
    - ``destructive``: it deletes, cancels or revokes something (``DELETE``, ``cancel``...).
    - ``idempotent``: calling it twice has the effect of calling it once (GET, PUT, DELETE); a
      tool that is not may have acted when its call fails without an answer.
    - ``oauth_scopes``: what an OAuth grant needs for it, as the document declares.
    - ``argument_names``: Python names the SDK's messages may use, with the tool's JSON names for
      them (``after_start`` -> ``afterStart``), so an error names the argument the agent sent.
    - ``confirmation``: the call must carry ``confirm: true`` (set by the policy).
    """

    name: str
    description: str
    input_schema: Mapping[str, Any]
    resource: str
    run: Runner = attrs.field(repr=False)
    operation: str = ""
    read_only: bool = False
    destructive: bool = False
    idempotent: bool = False
    oauth_scopes: tuple[str, ...] = ()
    argument_names: Mapping[str, str] = attrs.field(factory=dict, repr=False)
    confirmation: bool = False
