"""The seam between the generated resource tree and the hand-written runtime.

Every generated resource class derives from :class:`APIResource`, and each of its methods runs
its operation through it: ``_run`` for one call, ``_page`` for a list. Each takes the operation's
description (an ``Operation`` constant of the same generated module, see ``_operation.py``), the
caller's request options, and the call's arguments in the description's order; the method's own
signature is what type checkers check. Hand-written helpers subclass the generated classes and
call the typed methods. Everything else (auth, retries, deadlines, errors, decoding) is the
client's job.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

from .pagination import AsyncPaginator

if TYPE_CHECKING:
    from ._client import CalClient
    from ._operation import Operation, PagedOperation
    from ._options import RequestOptions

__all__ = ["APIResource"]

R = TypeVar("R")
T = TypeVar("T")


class APIResource:
    """Base of every resource class: holds the client that performs requests."""

    def __init__(self, client: CalClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

    def _run(
        self, operation: Operation[R], options: RequestOptions, /, *values: object
    ) -> Coroutine[Any, Any, R]:
        """One call of ``operation`` with its arguments in the order of ``operation.params``:
        await it for the parsed result. (A plain function returning the call's coroutine: an
        ``await`` level less to resume at every I/O wait of the call.)"""
        return self._client._pipeline.run(operation, values, options)

    def _page(
        self, operation: PagedOperation[T], options: RequestOptions, /, *values: object
    ) -> AsyncPaginator[T]:
        """A list call of ``operation``: awaited, one page; iterated, every item."""
        return AsyncPaginator(self, operation, values, options)
