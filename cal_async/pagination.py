"""Offset pagination for every ``take``/``skip`` (or ``limit``/``offset``) list operation.

A list method returns an :class:`AsyncPaginator` at once, without a request:

* ``await cal.bookings.list(...)`` fetches one page (a :class:`Page` with its items and the
  server's pagination info);
* ``async for booking in cal.bookings.list(...)`` yields every item across pages;
* ``.pages()`` yields page by page; ``.collect(max_items=N)`` gathers at most N items.

Filters are captured once and sent with every page. The last page is found the same way for
both response styles of the API: ``pagination.hasNextPage`` when the server sends it (bookings),
else a short or empty page (every other list returns a bare array). Memory stays at about one
page: the only state kept across pages is the keys of the previous page's items, used to drop an
item that shifted across the page boundary (a booking created while iterating moves every later
item one place down, so the last item of page N comes back first on page N+1).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from ._options import RequestOptions

if TYPE_CHECKING:
    from ._client import CalClient

T = TypeVar("T")

BuildRequest = Callable[[int, int], dict[str, Any]]
ParsePage = Callable[[Any], "tuple[list[T], Mapping[str, Any] | None]"]


@attrs.frozen(slots=True)
class Page(Generic[T]):
    """One page of a list operation."""

    items: list[T]
    offset: int
    limit: int
    pagination: Mapping[str, Any] | None = attrs.field(repr=False)
    has_next_page: bool

    @property
    def total_items(self) -> int | None:
        """The server's total count, when it sends pagination info (booking lists do)."""
        if self.pagination is None:
            return None
        total = self.pagination.get("totalItems")
        return total if isinstance(total, int) else None

    def __len__(self) -> int:
        return len(self.items)


def _identity(item: object) -> object | None:
    """A stable key for de-duplicating items across pages: ``uid``, else ``id``."""
    data = getattr(item, "_data", item)
    if isinstance(data, Mapping):
        for key in ("uid", "id"):
            value = data.get(key)
            if isinstance(value, (str, int)):
                return (key, value)
    return None


class AsyncPaginator(Generic[T]):
    """Awaitable (first page) and async-iterable (every item) result of a list operation."""

    __slots__ = ("_auth", "_build", "_client", "_limit", "_offset", "_options", "_parse")

    def __init__(
        self,
        client: CalClient,
        build: BuildRequest,
        parse: Callable[[Any], tuple[list[T], Mapping[str, Any] | None]],
        *,
        auth: tuple[str, ...],
        options: RequestOptions,
        offset: object = None,
        limit: object = None,
        default_limit: int = 100,
    ) -> None:
        self._client = client
        self._build = build
        self._parse = parse
        self._auth = auth
        self._options = options
        self._offset = offset if isinstance(offset, int) else 0
        self._limit = limit if isinstance(limit, int) else default_limit
        if self._offset < 0:
            raise ValueError(f"the offset (skip) must be 0 or more, got {self._offset}")
        if self._limit < 1:
            raise ValueError(f"the page size (take) must be 1 or more, got {self._limit}")

    def __repr__(self) -> str:
        return f"<AsyncPaginator offset={self._offset} limit={self._limit}>"

    async def _fetch(self, offset: int) -> Page[T]:
        items, pagination = await self._client._request(
            self._build(offset, self._limit), self._parse, auth=self._auth, options=self._options
        )
        flag = pagination.get("hasNextPage") if pagination is not None else None
        has_next = flag if isinstance(flag, bool) else len(items) >= self._limit
        return Page(
            items=items, offset=offset, limit=self._limit, pagination=pagination, has_next_page=has_next
        )

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self._fetch(self._offset).__await__()

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Every page in order, stopping after the last one."""
        offset = self._offset
        while True:
            page = await self._fetch(offset)
            yield page
            if not page.has_next_page or not page.items:
                return
            offset += len(page.items)

    async def _iter_items(self) -> AsyncIterator[T]:
        previous: set[object] = set()
        async for page in self.pages():
            current: set[object] = set()
            for item in page.items:
                key = _identity(item)
                if key is not None:
                    if key in previous:
                        continue  # shifted across the page boundary: already yielded
                    current.add(key)
                yield item
            previous = current

    def __aiter__(self) -> AsyncIterator[T]:
        return self._iter_items()

    async def collect(self, max_items: int | None = None) -> list[T]:
        """Every item across pages, or the first ``max_items`` of them."""
        if max_items is not None and max_items < 0:
            raise ValueError(f"max_items must be 0 or more, got {max_items}")
        out: list[T] = []
        if max_items == 0:
            return out
        async for item in self:
            out.append(item)
            if max_items is not None and len(out) >= max_items:
                break
        return out
