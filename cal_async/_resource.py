"""The seam between generated resource classes and the hand-written runtime.

Generated code (``cal_async/_generated/resources``) subclasses :class:`APIResource` and calls
``self._client._request(...)`` with a request description built by the generated endpoint module,
a parse function, and the operation's declared auth headers. Everything else (auth, retries,
errors, versions already pinned in the headers) is the client's job.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import CalClient


class APIResource:
    """Base of every generated resource class: holds the client that performs requests."""

    __slots__ = ("_client",)

    def __init__(self, client: CalClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"
