"""``cal.bookings.changes(since)``: every booking created, updated, cancelled or rescheduled since a
point in time, read from ``GET /v2/bookings`` with the server's own filters.

How the server answers (calcom/cal.com, ``packages/trpc/server/routers/viewer/bookings/get.handler.ts``
behind ``BookingsService_2024_08_13.getBookings``):

- ``afterUpdatedAt=x`` is ``updatedAt >= x`` and ``afterCreatedAt=x`` is ``createdAt >= x``:
  inclusive, so a booking at the boundary comes back on the next read (it is skipped here by its
  change key);
- ``sortUpdatedAt=asc`` orders by that one column, with no tie breaker, and paging is by offset;
- ``Booking.updatedAt`` is ``DateTime? @updatedAt`` (``packages/prisma/schema.prisma``): Prisma
  Client sets it on every write, creation included, from the clock of the process that writes
  (the API's, the web app's: not the database's); rows written otherwise have none, and
  ``updatedAt >= x`` never matches NULL. So a second read by ``afterCreatedAt``/``sortCreated``
  finds the bookings the first cannot;
- the ``pagination`` count ignores these date filters (the count selects from the union before
  they are applied), so ``hasNextPage`` cannot end the listing: a short page does.

How it reads them: page by page in ``updatedAt`` order, each next page asked for ``afterUpdatedAt``
the last ``updatedAt`` seen (not by offset: a booking that changes while the pages are read moves
to the end, and would shift every later booking back past an offset, losing one); then the same by
``createdAt``. A booking that changes while it pages is seen again, in its new version, further on.
Each change is yielded once per iteration, identified by its uid, ``updatedAt`` and status.

Where a checkpoint says to start, the reads start ``overlap`` before it: the server's clocks
disagree a little and a slow transaction commits a change stamped earlier than changes already
visible; the overlap is read again each pass, and a :class:`Reconciler`'s claims skip what it
already handled.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Final, Literal, TypeAlias

import attrs

from .._instants import iso_utc
from .._options import RequestOptions
from ._checkpoint import ChangeCheckpoint

if TYPE_CHECKING:
    from ..pagination import AsyncPaginator, Page
    from ..resources._booking_unions import AnyBooking
    from ..webhooks import WebhookEvent

__all__ = ["DEFAULT_OVERLAP", "BookingChange", "BookingChanges", "ChangeSource", "change_key"]

#: How far before a checkpoint each pass starts reading again.
DEFAULT_OVERLAP: Final = timedelta(minutes=5)

#: Which path handed a change over: a reconciliation pass, or a webhook delivery.
ChangeSource: TypeAlias = Literal["reconciliation", "webhook"]


def change_key(booking: AnyBooking) -> str:
    """One change of a booking: ``uid@updatedAt:status`` (``uid@created:createdAt:status`` for a
    booking with no ``updatedAt``). Every write through the server stamps a new ``updatedAt``; the
    status is there too for a write that did not."""
    updated_at = booking.updated_at
    version = iso_utc(updated_at) if updated_at is not None else "created:" + iso_utc(booking.created_at)
    return f"{booking.uid}@{version}:{booking.status}"


@attrs.frozen(slots=True, repr=False)
class BookingChange:
    """A booking as it is after one change, and where it came from.

    ``booking`` is the booking as ``cal.bookings.list()``/``get()`` return it. ``checkpoint`` (from
    a reconciliation) is safe to store once this change and the ones yielded before it are
    handled. ``event`` (from a webhook) is the delivery that announced it.
    """

    booking: AnyBooking = attrs.field(repr=False)
    source: ChangeSource
    checkpoint: ChangeCheckpoint | None = attrs.field(default=None, repr=False)
    event: WebhookEvent | None = attrs.field(default=None, repr=False)

    def __repr__(self) -> str:
        # The booking itself stays out: it is full of attendees' personal data.
        return f"BookingChange(key={self.key!r}, source={self.source!r})"

    @property
    def key(self) -> str:
        """This change's identity: :func:`change_key` of the booking."""
        return change_key(self.booking)

    @property
    def uid(self) -> str:
        return self.booking.uid

    @property
    def updated_at(self) -> datetime | None:
        return self.booking.updated_at

    @property
    def created_at(self) -> datetime:
        return self.booking.created_at

    @property
    def status(self) -> str:
        return str(self.booking.status)


_Field: TypeAlias = Literal["updated", "created"]


class BookingChanges:
    """What ``cal.bookings.changes(since)`` returns: ``async for change in ...`` yields a
    :class:`BookingChange` per change; ``checkpoint`` is where the next iteration should start once
    every change yielded so far is handled (after the last one: the whole iteration's)."""

    def __init__(
        self,
        list_bookings: Callable[..., AsyncPaginator[AnyBooking]],
        since: ChangeCheckpoint,
        *,
        updated_from: datetime,
        created_from: datetime,
        page_size: int,
        options: RequestOptions,
    ) -> None:
        self._list = list_bookings  # cal.bookings.list
        self._from = {"updated": updated_from, "created": created_from}
        self._page_size = page_size
        self._options = options
        self.checkpoint = since
        #: Pages requested so far.
        self.pages = 0

    def __repr__(self) -> str:
        return f"<BookingChanges from={self.checkpoint!r} pages={self.pages}>"

    def __aiter__(self) -> AsyncIterator[BookingChange]:
        return self._changes()

    async def _changes(self) -> AsyncGenerator[BookingChange, None]:
        seen: set[str] = set()
        for field in ("updated", "created"):
            async for booking in self._read(field):
                if field == "updated":
                    self.checkpoint = self.checkpoint.advanced(updated_at=booking.updated_at)
                else:
                    self.checkpoint = self.checkpoint.advanced(created_at=booking.created_at)
                change = BookingChange(booking, "reconciliation", self.checkpoint)
                if change.key not in seen:
                    seen.add(change.key)
                    yield change

    async def _read(self, field: _Field) -> AsyncGenerator[AnyBooking, None]:
        """Every booking with ``field`` at or after its start, in that order, page by page."""
        cursor, skip, size = self._from[field], 0, self._page_size
        while True:
            page = await self._page(field, cursor, skip)
            self.pages += 1
            for booking in page.items:
                yield booking
            if len(page.items) < size:
                return  # the last page (hasNextPage is not to be trusted with these filters)
            last = page.items[-1].updated_at if field == "updated" else page.items[-1].created_at
            if last is not None and last > cursor:
                # From the last instant read, inclusive: its other bookings come back and are
                # skipped, and no booking can shift past this bound as one past an offset would.
                cursor, skip = last, 0
            else:
                # A whole page at one instant (a bulk update): step through that instant by offset.
                skip += len(page.items)

    async def _page(self, field: _Field, cursor: datetime, skip: int) -> Page[AnyBooking]:
        if field == "updated":
            return await self._list(
                after_updated_at=cursor,
                sort_updated_at="asc",
                take=self._page_size,
                skip=skip,
                **self._options,
            )
        return await self._list(
            after_created_at=cursor, sort_created="asc", take=self._page_size, skip=skip, **self._options
        )
