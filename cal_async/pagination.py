"""Pagination for every list operation: offset pages (``take``/``skip`` or ``limit``/``offset``)
and cursor pages (``cursor``/``limit``, the answer saying ``{nextCursor, hasMore}``).

A list method returns an :class:`AsyncPaginator` at once, without a request:

* ``await cal.bookings.list(...)`` fetches one page (a :class:`Page` with its items and the
  server's pagination info);
* ``async for booking in cal.bookings.list(...)`` yields every item across pages;
* ``.pages()`` yields page by page; ``.collect(max_items=N)`` gathers at most N items;
* ``async with paginator.prefetching() as items:`` iterates the same way while the next page is
  already being fetched in the background.

Filters are captured once and sent with every page. The last page is found the same way for
both response styles of the API: ``pagination.hasNextPage`` when the server sends it (bookings),
else a short or empty page (every other list returns a bare array). Memory stays at about one
page: the only state kept across pages is the keys of the previous page's items, used to drop an
item that shifted across the page boundary (a booking created while iterating moves every later
item one place down, so the last item of page N comes back first on page N+1). An item deleted
while iterating shifts the other way and one item can be missed: offsets cannot prevent that.
A cursor list asks for each next page with the cursor the server sent, and ends when it says
``hasMore: false``; an answer that cannot say where to go next is a ``ResponseValidationError``.

Prefetch needs a background task, and a task group may not stay open across the ``yield`` of an
async generator (the generator can be abandoned, then finalised in another task, corrupting the
cancel-scope stack). So prefetching is an async context manager: the caller's ``async with`` owns
the task group, and leaving the block, early or not, cancels the fetcher. Plain iteration needs no
task at all. ``anyio`` is imported only there, keeping ``import cal_async`` cheap.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, aclosing, asynccontextmanager
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import attrs

from ._errors import ResponseValidationError
from ._fields import shorten
from ._options import RequestOptions
from ._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from anyio.abc import ObjectReceiveStream

    from ._operation import PagedOperation
    from ._resource import APIResource

T = TypeVar("T")


@attrs.frozen(slots=True)
class Page(Generic[T]):
    """One page of a list operation."""

    items: list[T]
    offset: int
    limit: int | None  # None: the server sends this list whole, in one page
    pagination: Mapping[str, Any] | None = attrs.field(repr=False)
    has_next_page: bool
    # A cursor list's next page is asked for with this (the server's nextCursor); None at the end.
    next_cursor: str | None = attrs.field(default=None, kw_only=True)

    @property
    def total_items(self) -> int | None:
        """The server's total count, when it sends pagination info (booking lists do)."""
        if self.pagination is None:
            return None
        total = self.pagination.get("totalItems")
        return total if isinstance(total, int) else None

    @property
    def next_offset(self) -> int | None:
        """Where the next page starts, or None after the last page."""
        if not self.has_next_page or not self.items:
            return None  # an empty page ends the listing even if the server claims more
        return self.offset + len(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[T]:
        """The page's items: ``for booking in await cal.bookings.list():``."""
        return iter(self.items)

    def keys(self) -> tuple[str, ...]:
        """The page as JSON, with ``page[key]``: ``dict(page)`` (FastAPI's ``jsonable_encoder``) is
        ``{"data": items, "pagination", "offset", "limit", "hasNextPage"}``."""
        return _PAGE_KEYS

    @overload
    def __getitem__(self, key: int) -> T: ...
    @overload
    def __getitem__(self, key: str) -> Any: ...
    def __getitem__(self, key: int | str) -> Any:
        """``page[0]``: an item; ``page["data"]``: a JSON key (see :meth:`keys`)."""
        if isinstance(key, int):
            return self.items[key]
        if key not in _PAGE_KEYS:
            raise KeyError(f"{key!r}: a page's JSON keys are {', '.join(_PAGE_KEYS)}; items are page.items")
        if key == "data":
            return self.items
        if key == "hasNextPage":
            return self.has_next_page
        value = getattr(self, key)
        return dict(value) if key == "pagination" and value is not None else value

    # Pydantic v2 / FastAPI support (response_model=Page[Model], OpenAPI), imported only here.
    @classmethod
    def __get_pydantic_core_schema__(cls, source: object, handler: Any) -> Any:
        from ._pydantic import page_core_schema

        return page_core_schema(source, handler)

    @property
    def __pydantic_serializer__(self) -> Any:
        # Read by pydantic-core for a value typed ``Any`` (``-> dict`` endpoints, ``dict[str, Any]``).
        from ._pydantic import serializer_of

        return serializer_of(Page)


_PAGE_KEYS = ("data", "pagination", "offset", "limit", "hasNextPage")


def _identity(item: object) -> object | None:
    """A stable key for de-duplicating items across pages: ``uid``, else ``id``."""
    data = getattr(item, "_data", item)
    if isinstance(data, Mapping):
        for key in ("uid", "id"):
            value = data.get(key)
            if isinstance(value, (str, int)):
                return (key, value)
    return None


async def _dedup(pages: AsyncIterator[Page[T]]) -> AsyncGenerator[T, None]:
    """Items of ``pages`` in order, minus those already yielded on the page before (see module doc).

    Only the previous page's keys are kept, so memory stays at about one page.
    """
    previous: set[object] = set()
    async for page in pages:
        current: set[object] = set()
        for item in page.items:
            key = _identity(item)
            if key is not None:
                if key in previous:
                    continue  # shifted across the page boundary: already yielded
                current.add(key)
            yield item
        previous = current


class Prefetched(Generic[T]):
    """What ``async with paginator.prefetching() as it`` gives: iterate items (``async for``) or
    pages (``it.pages()``), once, while the next page is fetched in the background."""

    __slots__ = ("_failure", "_receive")

    def __init__(self, receive: ObjectReceiveStream[Page[T]], failure: list[BaseException]) -> None:
        self._receive = receive
        self._failure = failure

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        async for page in self._receive:
            yield page
        if self._failure:
            # Raised where the failed page would have been, as itself (not an ExceptionGroup).
            raise self._failure[0]

    def __aiter__(self) -> AsyncIterator[T]:
        return _dedup(self.pages())


_PREFETCH_USAGE = (
    "prefetching() is an async context manager, so the background fetch ends with the block: write "
    "`async with paginator.prefetching() as items: async for item in items: ...` "
    "(or iterate the paginator itself, without prefetching: `async for item in paginator`)"
)


class Prefetching(Generic[T]):
    """``paginator.prefetching()``: only usable with ``async with``; any other use says so."""

    __slots__ = ("_manager",)

    def __init__(self, manager: AbstractAsyncContextManager[Prefetched[T]]) -> None:
        self._manager = manager

    async def __aenter__(self) -> Prefetched[T]:
        return await self._manager.__aenter__()

    async def __aexit__(self, *exc: Any) -> bool | None:
        return await self._manager.__aexit__(*exc)

    def __aiter__(self) -> AsyncIterator[T]:
        raise TypeError(_PREFETCH_USAGE)

    def __await__(self) -> Generator[Any, None, Any]:
        raise TypeError(_PREFETCH_USAGE)

    def __iter__(self) -> Any:
        raise TypeError(_PREFETCH_USAGE)


#: The largest ``take`` the server accepts (``@Min(1) @Max(250)`` on the shared pagination inputs,
#: ``packages/platform/types/api.ts`` in calcom/cal.com).
MAX_PAGE_SIZE = 250


def _paging_int(value: object, default: int, what: str, low: int, high: int | None) -> int:
    """``value`` checked as a paging parameter; the generated code's UNSET means ``default``.

    Nothing is coerced: a string or float is refused rather than sent as something else.
    """
    if isinstance(value, Unset):
        return default
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{what} must be an int, got {type(value).__name__} {value!r}")
    if value < low or (high is not None and value > high):
        bounds = f"from {low} to {high}" if high is not None else f"{low} or more"
        raise ValueError(f"{what} must be {bounds}, got {value}")
    return value


class AsyncPaginator(Generic[T]):
    """Awaitable (one page) and async-iterable (every item) result of every list call.

    For an operation that pages (``take``/``skip``), each page is one request; for a list the
    server sends whole, the one request is the one page."""

    __slots__ = ("_cursor", "_limit", "_offset", "_operation", "_options", "_resource", "_values")

    def __init__(
        self,
        resource: APIResource,
        operation: PagedOperation[T],
        values: tuple[object, ...],
        options: RequestOptions,
    ) -> None:
        self._resource = resource  # each page runs through the resource's seam, as every call does
        self._operation = operation
        self._values = values
        self._options = options
        self._limit: int | None = None
        self._offset = 0
        self._cursor: str | None = None
        if operation.cursor is not None:
            self._cursor = _start_cursor(values[operation.position(operation.cursor)])
            if operation.limit is not None:
                self._limit = _paging_int(
                    values[operation.position(operation.limit)],
                    operation.default_limit or 100,
                    "the page size (limit)",
                    1,
                    operation.max_limit or MAX_PAGE_SIZE,
                )
        elif operation.offset is not None and operation.limit is not None:
            default = operation.default_limit or 100
            self._offset = _paging_int(
                values[operation.position(operation.offset)], 0, "the offset (skip)", 0, None
            )
            self._limit = _paging_int(
                values[operation.position(operation.limit)], default, "the page size (take)", 1, MAX_PAGE_SIZE
            )
        operation.build(values)  # every argument is checked when the list is called, as any call's are

    def __repr__(self) -> str:
        return f"<AsyncPaginator {self._operation.name} offset={self._offset} limit={self._limit}>"

    async def _fetch(self, offset: int) -> Page[T]:
        operation, values, limit = self._operation, self._values, self._limit
        if limit is not None and operation.offset is not None and operation.limit is not None:
            sent = list(values)
            sent[operation.position(operation.offset)] = offset
            sent[operation.position(operation.limit)] = limit
            values = tuple(sent)
        items, pagination = await self._resource._run(operation, self._options, *values)
        if limit is None:
            has_next = False  # the whole list came in this one answer
        else:
            flag = pagination.get("hasNextPage") if pagination is not None else None
            has_next = flag if isinstance(flag, bool) else len(items) >= limit
        return Page(items=items, offset=offset, limit=limit, pagination=pagination, has_next_page=has_next)

    async def _fetch_after(self, cursor: str | None, offset: int) -> Page[T]:
        """One page of a cursor list: the one ``cursor`` points at (the first without one).
        ``offset`` counts the items of the pages before it."""
        operation, sent = self._operation, list(self._values)
        assert operation.cursor is not None
        sent[operation.position(operation.cursor)] = UNSET if cursor is None else cursor
        if operation.limit is not None and self._limit is not None:
            sent[operation.position(operation.limit)] = self._limit
        items, meta = await self._resource._run(operation, self._options, *sent)
        following = _next_cursor(operation.name, operation.cursor_meta, meta, cursor, bool(items))
        return Page(
            items=items,
            offset=offset,
            limit=self._limit,
            pagination=meta,
            has_next_page=following is not None,
            next_cursor=following,
        )

    def __await__(self) -> Generator[Any, None, Page[T]]:
        if self._operation.cursor is not None:
            return self._fetch_after(self._cursor, 0).__await__()
        return self._fetch(self._offset).__await__()

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        """Every page in order, stopping after the last one."""
        if self._operation.cursor is not None:
            cursor, at = self._cursor, 0
            while True:
                page = await self._fetch_after(cursor, at)
                yield page
                if page.next_cursor is None:
                    return
                cursor, at = page.next_cursor, at + len(page.items)
        offset: int | None = self._offset
        while offset is not None:
            page = await self._fetch(offset)
            yield page
            offset = page.next_offset

    def __aiter__(self) -> AsyncIterator[T]:
        return _dedup(self.pages())

    def prefetching(self) -> Prefetching[T]:
        """Iterate with the next page already loading while the caller works on the current one.

        ``async with cal.bookings.list(...).prefetching() as bookings: async for b in bookings:``

        At most one page waits ahead of the one being read. Leaving the block (even by ``break``
        or an exception) cancels the background fetch; a fetch error surfaces from the block.
        """
        return Prefetching(self._prefetch())

    @asynccontextmanager
    async def _prefetch(self) -> AsyncIterator[Prefetched[T]]:
        import anyio  # only here: import cal_async must stay cheap

        send, receive = anyio.create_memory_object_stream[Page[T]](0)
        failure: list[BaseException] = []

        async def fetch_ahead() -> None:
            async with send, aclosing(self.pages()) as pages:
                try:
                    async for page in pages:
                        await send.send(page)  # waits until the caller takes the page before it
                except Exception as exc:  # handed to the caller; cancellation is not an Exception
                    failure.append(exc)

        raised: Exception | None = None
        async with anyio.create_task_group() as tg, receive:
            tg.start_soon(fetch_ahead)
            try:
                yield Prefetched(receive, failure)
            except Exception as exc:
                # Re-raised below, outside the task group, which would wrap it in an ExceptionGroup.
                raised = exc
            finally:
                tg.cancel_scope.cancel()  # the caller is done: stop fetching (a no-op at the end)
        if raised is not None:
            raise raised

    async def collect(self, max_items: int | None = None, *, prefetch: bool = False) -> list[T]:
        """Every item across pages, or the first ``max_items`` of them.

        With ``prefetch=True`` the next page is fetched while the current one is being collected.
        """
        if max_items is not None:
            max_items = _paging_int(max_items, 0, "max_items", 0, None)
        if max_items == 0:
            return []
        if prefetch:
            async with self.prefetching() as prefetched:
                return await _take(_dedup(prefetched.pages()), max_items)
        return await _take(_dedup(self.pages()), max_items)


def _start_cursor(value: object) -> str | None:
    """Where a cursor list starts: the caller's ``cursor=`` (a ``nextCursor`` the server sent
    before), else the first page."""
    if isinstance(value, Unset):
        return None
    if not isinstance(value, str) or not value:
        raise ValueError(f"cursor must be a nextCursor string the server sent, got {value!r}")
    return value


def _next_cursor(
    operation: str, key: str, meta: Mapping[str, Any] | None, used: str | None, has_items: bool
) -> str | None:
    """The cursor of the page after this one, from the answer's ``{nextCursor, hasMore}``; None
    after the last page. An answer that cannot say where to go next is refused rather than read
    as the end, which would silently drop the rest of the list."""
    if meta is None:
        raise ResponseValidationError(
            operation, key, f"a cursor page needs {key}: {{nextCursor, hasMore}}; the server sent none"
        )
    more, following = meta.get("hasMore"), meta.get("nextCursor")
    if not isinstance(more, bool):
        raise ResponseValidationError(
            operation, f"{key}.hasMore", f"{key}.hasMore should be a boolean, the server sent {shorten(more)}"
        )
    if not more or not has_items:
        return None  # an empty page ends the listing even if the server claims more
    if not isinstance(following, str) or not following:
        raise ResponseValidationError(
            operation,
            f"{key}.nextCursor",
            f"{key}.hasMore is true but nextCursor is {shorten(following)}: the next page cannot be "
            "asked for",
        )
    if following == used:
        raise ResponseValidationError(
            operation,
            f"{key}.nextCursor",
            f"the server sent this page's own cursor as the next one ({following!r}): paging would never end",
        )
    return following


async def _take(items: AsyncGenerator[T, None], max_items: int | None) -> list[T]:
    out: list[T] = []
    # aclosing: stopping early must finish the generator here, not at garbage collection.
    async with aclosing(items) as it:
        async for item in it:
            out.append(item)
            if max_items is not None and len(out) >= max_items:
                break
    return out
