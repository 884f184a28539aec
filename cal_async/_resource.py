"""The seam between the generated resource tree and the hand-written runtime.

Every resource class (generated, and the helper mixins in ``cal_async/resources/``) derives from
:class:`APIResource` and runs operations through it: ``_run`` for one call, ``_page`` for a list.
Each takes the operation's description (``ENDPOINT`` of its generated endpoint module, see
``_operation.py``), the caller's request options, and the operation's own arguments, which type
checkers match against the description's request builder. Everything else (auth, retries,
deadlines, errors, decoding) is the client's job.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from .pagination import AsyncPaginator

if TYPE_CHECKING:
    from ._client import CalClient
    from ._operation import Operation, PagedOperation
    from ._options import RequestOptions

__all__ = ["APIResource", "generated_method"]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


class APIResource:
    """Base of every resource class: holds the client that performs requests."""

    def __init__(self, client: CalClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

    def _run(
        self, operation: Operation[P, R], options: RequestOptions, /, *args: P.args, **kwargs: P.kwargs
    ) -> Coroutine[Any, Any, R]:
        """One call of ``operation``: await it for the parsed result. (A plain function returning
        the call's coroutine: an ``await`` level less to resume at every I/O wait of the call.)"""
        return self._client._request(operation, operation.build(*args, **kwargs), options)

    def _page(
        self, operation: PagedOperation[P, T], options: RequestOptions, /, *args: P.args, **kwargs: P.kwargs
    ) -> AsyncPaginator[T]:
        """A list call of ``operation``: awaited, one page; iterated, every item."""
        return AsyncPaginator(self._client, operation, args, kwargs, options)


def generated_method(resource: APIResource, name: str) -> Callable[..., Any]:
    """The generated operation ``name`` of the node a helper mixin extends, for a mixin shared by
    nodes whose operations take other path ids (the node's own signature is what callers see)."""
    method: Callable[..., Any] = getattr(resource, name)
    return method
