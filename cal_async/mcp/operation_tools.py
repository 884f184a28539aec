"""One tool per operation, made from the operation descriptions the client itself runs.

Nothing is listed by hand: each :class:`~cal_async.Operation` of ``OPERATIONS`` gives a tool whose
name and description come from the document's ``x-mcp`` where it has one (``mcp_name``,
``mcp_guidance``), else from the operation's name (``bookings.get`` -> ``bookings_get``) and
summary; whose arguments are the operation's parameters by their JSON names, plus ``body`` for a
request body (schemas: ``schemas.py``); and whose call is the client's own method
(``cal.bookings.get``), so the SDK's checks, retries, rate budget and typed results apply as they
do to any caller.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import reduce
from typing import TYPE_CHECKING, Any, Final

import attrs

from .._operation import Operation, PagedOperation
from .._sentinel import UNSET, Unset
from ..pagination import MAX_PAGE_SIZE
from .schemas import JSON, RequestSchemas
from .tools import CONFIRM, CalTool

if TYPE_CHECKING:
    from .._client import CalClient

__all__ = ["BODY", "OperationCall", "operation_tool", "operation_tools"]

#: The argument that carries an operation's request body.
BODY: Final = "body"

# The first word of a method name that ends or revokes something: a tool that runs it is
# destructive, like every DELETE (``bookings.cancel``, ``bookings.decline``,
# ``calendars.delete_credentials``, ``api_keys.refresh``, which replaces the key in use).
_DESTRUCTIVE_VERBS: Final = frozenset(
    {"cancel", "decline", "delete", "disconnect", "remove", "unassign", "revoke", "refresh", "force"}
)
_IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_WORD: Final = re.compile(r"[A-Za-z0-9_]+")
# The longest tool name the agents' model APIs accept (MCP itself allows 128).
_LONGEST_NAME: Final = 64


def is_destructive(operation: Operation[Any]) -> bool:
    return operation.http_method == "DELETE" or operation.method.split("_")[0] in _DESTRUCTIVE_VERBS


@attrs.frozen(slots=True)
class OperationCall:
    """Runs one operation for a tool: the arguments (JSON names) become the call of the client's
    method, checked first by the SDK's request builder under the JSON names, so that a value it
    refuses (an empty path segment, ``..``, a value outside an enum) is named as the agent sent it."""

    operation: Operation[Any]
    _named_for_json: Operation[Any] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        params = tuple(attrs.evolve(p, name=p.key) for p in self.operation.params)
        object.__setattr__(self, "_named_for_json", attrs.evolve(self.operation, params=params))

    def values(self, arguments: Mapping[str, Any]) -> list[object]:
        """The call's arguments in the order of ``operation.params`` (``UNSET`` where not given)."""
        return [arguments.get(p.key, UNSET) for p in self.operation.params]

    def request(self, arguments: Mapping[str, Any]) -> dict[str, Any]:
        """The request these arguments make (``Operation.build``), or the ``ValueError`` it raises."""
        return self._named_for_json.build(self.values(arguments))

    async def __call__(self, cal: CalClient, arguments: Mapping[str, Any]) -> object:
        values = self.values(arguments)
        self._named_for_json.build(values)  # refused here, naming the argument, before any request
        positional: list[object] = []
        keywords: dict[str, object] = {}
        for param, value in zip(self.operation.params, values, strict=True):
            if param.location == "path":
                positional.append(value)
            elif not isinstance(value, Unset):
                keywords[param.name] = value
        method = getattr(_node(cal, self.operation.resource), self.operation.method)
        # A list call returns a paginator (awaited: one page), any other a coroutine.
        return await method(*positional, **keywords)


def _node(cal: CalClient, resource: str) -> object:
    """``cal.orgs.teams`` for ``"orgs.teams"``."""
    return reduce(getattr, resource.split("."), cal)


def tool_name(operation: Operation[Any]) -> str:
    """The document's ``x-mcp`` name, else the operation's name with underscores
    (``orgs.teams.event_types.list`` -> ``orgs_teams_event_types_list``), its first words dropped
    while it is longer than agents' APIs take (64 characters; the description names it whole)."""
    if operation.mcp_name:
        return operation.mcp_name
    words = operation.name.replace(".", "_").split("_")
    while len("_".join(words)) > _LONGEST_NAME and len(words) > 1:
        words.pop(0)
    return "_".join(words)


def _description(operation: Operation[Any]) -> str:
    summary = operation.summary.strip().rstrip(".")
    lines = [f"{summary}." if summary else operation.name]
    if operation.mcp_guidance:
        lines.append(operation.mcp_guidance)
    lines.append(f"`{operation.http_method} {operation.path}` (cal.{operation.name} in cal-async).")
    if isinstance(operation, PagedOperation) and operation.paginated:
        lines.append(
            f"Returns one page ({operation.offset!r}/{operation.limit!r} choose it; "
            "`hasNextPage` says whether there is more)."
        )
    if operation.oauth_scopes:
        lines.append(f"With an OAuth token, needs {', '.join(operation.oauth_scopes)}.")
    if operation.deprecated:
        lines.append("Deprecated by the API.")
    return "\n".join(lines)


def _input_schema(operation: Operation[Any], schemas: RequestSchemas) -> JSON:
    properties: dict[str, JSON] = {}
    required: list[str] = []
    for param in operation.params:
        key = BODY if param.location == "body" else param.key
        if key in properties or key == CONFIRM:
            raise ValueError(f"{operation.name}: two arguments would be named {key!r}")
        properties[key] = (
            schemas.body(operation) if param.location == "body" else schemas.parameter(operation, key)
        )
        if isinstance(operation, PagedOperation) and key in (operation.offset, operation.limit):
            # What the SDK's paginator checks (the server's shared pagination inputs).
            bounds = {"minimum": 0} if key == operation.offset else {"minimum": 1, "maximum": MAX_PAGE_SIZE}
            properties[key] = {**properties[key], **bounds}
        if param.required:
            required.append(key)
    return schemas.object_schema(properties, required)


def _argument_names(operation: Operation[Any]) -> dict[str, str]:
    """The Python names of the SDK method that differ from the JSON names (``type_`` -> ``type``)."""
    return {
        p.name: p.key
        for p in operation.params
        if p.location != "body" and p.name != p.key and _WORD.fullmatch(p.name)
    }


def operation_tool(operation: Operation[Any], schemas: RequestSchemas) -> CalTool:
    """The tool that runs ``operation``."""
    return CalTool(
        name=tool_name(operation),
        description=_description(operation),
        input_schema=_input_schema(operation, schemas),
        resource=operation.resource,
        run=OperationCall(operation),
        operation=operation.name,
        read_only=operation.http_method == "GET",
        destructive=is_destructive(operation),
        idempotent=operation.http_method in _IDEMPOTENT_METHODS,
        oauth_scopes=operation.oauth_scopes,
        argument_names=_argument_names(operation),
    )


def operation_tools(
    schemas: RequestSchemas, operations: Iterable[Operation[Any]] | None = None
) -> Sequence[CalTool]:
    """A tool for each operation (default: all of ``OPERATIONS``, imported here)."""
    if operations is None:
        from .._generated.operations import OPERATIONS

        operations = OPERATIONS
    return [operation_tool(operation, schemas) for operation in operations]
