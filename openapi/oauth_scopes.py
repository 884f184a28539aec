"""The OAuth scopes an operation declares (``x-oauth-scopes``), for docstrings and the operation table.

Newer Cal.com documents annotate operations with the scopes a third-party OAuth token needs
(the server enforces them in ``oauth-permissions.guard.ts``). Pure functions: the generator
(``generate.py``) calls them; nothing here touches files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["X_OAUTH_SCOPES", "scopes_doc_line", "scopes_of"]

X_OAUTH_SCOPES = "x-oauth-scopes"
_SCOPE = re.compile(r"[A-Z][A-Z0-9_]*")


def scopes_of(operation: Mapping[str, Any]) -> tuple[str, ...]:
    """The scopes ``operation`` declares, in document order without repeats; () when it declares none.

    Accepted shapes: a list of names, or one string of names separated by spaces or commas (the
    forms the authorize URL takes). Anything else is a ``ValueError`` naming the operation, so a
    change in the document's format stops generation instead of silently dropping the scopes.
    """
    raw = operation.get(X_OAUTH_SCOPES)
    if raw is None:
        return ()
    where = operation.get("operationId", "an operation")
    if isinstance(raw, str):
        names: Iterable[object] = raw.replace(",", " ").split()
    elif isinstance(raw, list):
        names = raw
    else:
        raise ValueError(
            f"{where}: {X_OAUTH_SCOPES} should be a list of scope names, got {type(raw).__name__}"
        )
    scopes: list[str] = []
    for name in names:
        if not isinstance(name, str) or _SCOPE.fullmatch(name) is None:
            raise ValueError(f"{where}: {X_OAUTH_SCOPES} has {name!r}, not a scope name like BOOKING_READ")
        if name not in scopes:
            scopes.append(name)
    return tuple(scopes)


def scopes_doc_line(scopes: tuple[str, ...]) -> str | None:
    """The docstring line naming ``scopes`` (None for none); a ``TEAM_`` scope also names the
    ``ORG_`` scope that grants it."""
    if not scopes:
        return None
    parts = [
        f"``{scope}`` (or ``ORG_{scope[5:]}``)" if scope.startswith("TEAM_") else f"``{scope}``"
        for scope in scopes
    ]
    noun = "scope" if len(scopes) == 1 else "scopes"
    return f"With an OAuth access token, needs the {noun} {', '.join(parts)}."
