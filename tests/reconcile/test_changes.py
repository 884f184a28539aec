"""``cal.bookings.changes(since)`` against the fake: every change once, across pages, including
bookings that change while the pages are read, and a checkpoint from the server's own times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from cal_async import BookingChange, CalClient, ChangeCheckpoint
from cal_async.sync import change_key
from cal_async.testing import FakeCal, StoredBooking

from .support import START, book, cancel, new_fake, reschedule, slot

EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def _key(stored: StoredBooking) -> str:
    """The change key of the booking as the fake holds it now (what a read would return)."""
    ms = lambda moment: moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")  # noqa: E731
    version = ms(stored.updated_at) if stored.updated_at else "created:" + ms(stored.created_at)
    return f"{stored.uid}@{version}:{stored.status}"


def _current_keys(fake: FakeCal) -> set[str]:
    return {_key(b) for b in fake.state.bookings.values()}


async def _collect(
    cal: CalClient, since: datetime | ChangeCheckpoint, **kwargs: object
) -> list[BookingChange]:
    return [change async for change in cal.bookings.changes(since, **kwargs)]  # type: ignore[arg-type]


async def test_every_change_since_a_point_in_time_is_yielded_once() -> None:
    fake, event_type = new_fake()
    legacy = fake.add_booking(event_type, slot(20), created_at=START)  # never stamped: updatedAt null
    async with fake.client() as cal:
        uids = [await book(cal, fake, event_type, i) for i in range(6)]
        await cancel(cal, fake, uids[1])
        moved = await reschedule(cal, fake, uids[2], 10)
        changes = cal.bookings.changes(EPOCH, page_size=2)
        seen = [change async for change in changes]

    keys = [change.key for change in seen]
    assert len(keys) == len(set(keys)), "a change was yielded twice"
    assert set(keys) == _current_keys(fake)
    assert {change.uid for change in seen} == {*uids, moved, legacy.uid}
    assert all(change.source == "reconciliation" for change in seen)
    assert [change.key for change in seen if change.uid == legacy.uid] == [_key(legacy)]
    # The checkpoint is the server's latest updatedAt and createdAt, not this machine's clock.
    latest = max(b.updated_at for b in fake.state.bookings.values() if b.updated_at)
    assert changes.checkpoint == ChangeCheckpoint(latest, fake.booking(moved).created_at)
    assert change_key(seen[0].booking) == seen[0].key


async def test_a_booking_changed_while_the_pages_are_read_is_yielded_in_its_new_version() -> None:
    fake, event_type = new_fake()
    async with fake.client() as cal:
        uids = [await book(cal, fake, event_type, i) for i in range(9)]
        seen: list[BookingChange] = []
        async for change in cal.bookings.changes(EPOCH, page_size=3):
            seen.append(change)
            if len(seen) == 2:  # the first page is read, the rest is not
                await cancel(cal, fake, uids[0])  # already yielded: it moves to the end
                await cancel(cal, fake, uids[6])  # not yet read: it moves to the end too
                late = await book(cal, fake, event_type, 30)

    keys = [change.key for change in seen]
    assert len(keys) == len(set(keys))
    assert _current_keys(fake) <= set(keys), "a booking's latest version was missed"
    assert [c.status for c in seen if c.uid == uids[0]] == ["accepted", "cancelled"]
    assert late in {c.uid for c in seen}


async def test_no_booking_is_lost_when_ones_already_read_change_under_the_pages() -> None:
    # Made long ago, updated lately: only the updatedAt read finds them (none in the createdAt one).
    fake, event_type = new_fake()
    recent = START - timedelta(minutes=10)
    stored = [
        fake.add_booking(
            event_type,
            slot(i),
            created_at=START - timedelta(days=30),
            updated_at=recent + timedelta(seconds=i),
        )
        for i in range(10)
    ]
    async with fake.client() as cal:
        seen: list[BookingChange] = []
        async for change in cal.bookings.changes(recent, page_size=4):
            seen.append(change)
            if len(seen) == 4:  # the first page is read: two of its bookings change
                await cancel(cal, fake, stored[0].uid)
                await cancel(cal, fake, stored[1].uid)
    assert {b.uid for b in stored} <= {c.uid for c in seen}
    assert _current_keys(fake) <= {c.key for c in seen}


async def test_offset_paging_in_updated_order_would_lose_a_booking_there() -> None:
    # Why changes() pages by afterUpdatedAt and not by skip: the booking that changes moves to the
    # end, every later one moves back one place, and the one crossing the page boundary is skipped.
    fake, event_type = new_fake()
    async with fake.client() as cal:
        uids = [await book(cal, fake, event_type, i) for i in range(6)]
        read: list[str] = []
        async for booking in cal.bookings.list(after_updated_at=EPOCH, sort_updated_at="asc", take=3):
            read.append(booking.uid)
            if len(read) == 1:
                await cancel(cal, fake, uids[0])
        assert uids[3] not in read  # lost by offsets
        found = {change.uid for change in await _collect(cal, EPOCH, page_size=3)}
        assert set(uids) <= found


async def test_a_checkpoint_resumes_after_the_changes_it_covers() -> None:
    fake, event_type = new_fake()
    async with fake.client() as cal:
        first = [await book(cal, fake, event_type, i) for i in range(3)]
        changes = cal.bookings.changes(EPOCH)
        assert {c.uid async for c in changes} == set(first)
        checkpoint = changes.checkpoint
        later = await book(cal, fake, event_type, 5)
        await cancel(cal, fake, first[0])
        resumed = await _collect(cal, checkpoint, overlap=timedelta(0))
        # From the checkpoint, inclusive: the last booking read comes back (a Reconciler's claims
        # skip it), then the new changes.
        assert [c.uid for c in resumed] == [first[2], later, first[0]]
        overlapping = await _collect(cal, checkpoint)  # 5 minutes earlier: everything here again
        assert {c.uid for c in overlapping} == {*first, later}


async def test_a_change_yielded_carries_the_checkpoint_to_store_once_it_is_handled() -> None:
    fake, event_type = new_fake()
    async with fake.client() as cal:
        for i in range(4):
            await book(cal, fake, event_type, i)
        seen = await _collect(cal, EPOCH, page_size=2)
    stamps = [c.checkpoint.updated_at for c in seen if c.checkpoint is not None]
    assert stamps == sorted(stamps) and stamps[-1] == START + timedelta(seconds=4)


async def test_a_bulk_update_longer_than_a_page_is_read_through() -> None:
    fake, event_type = new_fake()
    same = START + timedelta(minutes=1)  # an updateMany stamps every row with one instant
    stored = [fake.add_booking(event_type, slot(i), created_at=START, updated_at=same) for i in range(7)]
    async with fake.client() as cal:
        changes = cal.bookings.changes(EPOCH, page_size=3)
        seen = [c.uid async for c in changes]
    assert sorted(seen) == sorted(b.uid for b in stored)
    assert changes.pages < 12


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"since": datetime(2030, 1, 1)}, "since is a naive datetime"),
        ({"since": EPOCH, "page_size": 0}, "page_size must be an int from 1 to 250"),
        ({"since": EPOCH, "page_size": 251}, "page_size must be an int from 1 to 250"),
        ({"since": EPOCH, "overlap": timedelta(seconds=-1)}, "overlap must be a timedelta of 0 or more"),
    ],
)
async def test_arguments_are_checked_when_called(kwargs: dict[str, object], message: str) -> None:
    fake, _ = new_fake()
    async with fake.client() as cal:
        with pytest.raises(ValueError, match=message):
            cal.bookings.changes(**kwargs)  # type: ignore[arg-type]
