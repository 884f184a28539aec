"""A Reconciler in one process against the fake: webhooks and passes hand each change over once,
failures are offered again, the checkpoint survives restarts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from fastapi import FastAPI

from bench.redis_server import RedisServer
from cal_async import (
    BookingChange,
    ChangeCheckpoint,
    FileCheckpointStore,
    MemoryClaims,
    Reconciler,
    RedisCheckpointStore,
    RedisClaims,
)
from cal_async.sync import CheckpointStore, ClaimStore, booking_uids
from cal_async.testing import FakeCal
from cal_async.webhooks import BookingEvent, WebhookTrigger
from cal_async.webhooks.fastapi import webhook_router

from .support import ADA, book, cancel, new_fake, reschedule, slot

EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
SECRET = "whsec-reconcile"


class Mirror:
    """The app's copy of the bookings, and a count of every change handed over."""

    def __init__(self) -> None:
        self.bookings: dict[str, dict[str, Any]] = {}
        self.handled: list[tuple[str, str]] = []  # (change key, source)
        self.fail: set[str] = set()  # uids whose next change raises once

    async def apply(self, change: BookingChange) -> None:
        if change.uid in self.fail:
            self.fail.discard(change.uid)
            raise RuntimeError(f"cannot store {change.uid} now")
        self.handled.append((change.key, change.source))
        self.bookings[change.uid] = change.booking.to_dict()

    def keys(self) -> list[str]:
        return [key for key, _ in self.handled]


async def _server_bookings(fake: FakeCal) -> dict[str, dict[str, Any]]:
    async with fake.http_client() as http:
        response = await http.get(
            "/v2/bookings", params={"take": 250}, headers={"cal-api-version": "2024-08-13"}
        )
    return {booking["uid"]: booking for booking in response.json()["data"]}


def _reconciler(mirror: Mirror, **kwargs: Any) -> Reconciler:
    return Reconciler(mirror.apply, since=EPOCH, interval=0, **kwargs)


def _wire_webhooks(fake: FakeCal, reconciler: Reconciler, claims: ClaimStore) -> None:
    app = FastAPI()
    app.include_router(webhook_router(secret=SECRET, handler=reconciler.on_webhook, once=claims))
    fake.add_webhook(
        subscriber_url="http://app.test/webhooks/cal",
        triggers=["BOOKING_CREATED", "BOOKING_CANCELLED", "BOOKING_RESCHEDULED"],
        secret=SECRET,
    )
    fake.deliver_webhooks_to(httpx.ASGITransport(app=app, raise_app_exceptions=False))


async def test_webhooks_and_one_pass_hand_every_change_over_once_and_the_mirror_matches() -> None:
    fake, event_type = new_fake()
    mirror, claims = Mirror(), MemoryClaims()
    reconciler = _reconciler(mirror, claims=claims, page_size=4)
    _wire_webhooks(fake, reconciler, claims)
    fake.inject_delivery_faults(drop=1 / 3, duplicate=0.3, seed=11)
    async with fake.client() as cal, reconciler.running(cal):
        uids = [await book(cal, fake, event_type, i) for i in range(12)]
        for uid in uids[:4]:
            await cancel(cal, fake, uid)
        for index, uid in enumerate(uids[4:7]):
            await reschedule(cal, fake, uid, 40 + index)
        from_webhooks = len(mirror.handled)
        result = await reconciler.reconcile()

    faults = [d.fault for d in fake.deliveries]
    assert faults.count("dropped") >= 3 and faults.count("duplicate") >= 2
    assert mirror.bookings == await _server_bookings(fake)
    assert len(mirror.keys()) == len(set(mirror.keys())), "a change was handed over twice"
    assert 0 < from_webhooks < len(mirror.handled)  # the pass caught what the drops lost
    assert result.ran and result.handled == len(mirror.handled) - from_webhooks
    assert result.already_handled > 0 and result.failed == result.in_progress == 0
    assert {source for _, source in mirror.handled} == {"webhook", "reconciliation"}


async def test_a_change_whose_handler_failed_in_a_pass_is_offered_again_by_the_next() -> None:
    fake, event_type = new_fake()
    mirror = Mirror()
    reconciler = _reconciler(mirror, overlap=timedelta(0))
    async with fake.client() as cal:
        uids = [await book(cal, fake, event_type, i) for i in range(3)]
        mirror.fail.add(uids[0])
        first = await reconciler.reconcile(cal)
        for i in range(3, 6):  # later changes: without holding back, the checkpoint passes uids[0]
            await book(cal, fake, event_type, i)
        second = await reconciler.reconcile(cal)
    assert (first.handled, first.failed) == (2, 1)
    assert first.checkpoint is not None and first.checkpoint.updated_at == fake.booking(uids[0]).updated_at
    assert second.handled == 4 and uids[0] in mirror.bookings
    assert mirror.bookings == await _server_bookings(fake)


async def test_a_change_another_worker_holds_holds_the_checkpoint_back() -> None:
    fake, event_type = new_fake()
    mirror, claims = Mirror(), MemoryClaims()
    reconciler = _reconciler(mirror, claims=claims, overlap=timedelta(0))
    async with fake.client() as cal:
        uid = await book(cal, fake, event_type, 0)
        [change] = [c async for c in cal.bookings.changes(EPOCH)]
        held = await claims.claim(f"cal_async:sync:change:{change.key}", ttl=60)  # a webhook worker on it
        await book(cal, fake, event_type, 1)
        busy = await reconciler.reconcile(cal)
        await claims.release(held)  # ...whose handler then failed
        after = await reconciler.reconcile(cal)
    assert (busy.handled, busy.in_progress) == (1, 1)
    assert after.handled == 1 and uid in mirror.bookings


async def test_one_pass_runs_at_a_time() -> None:
    fake, _ = new_fake()
    claims = MemoryClaims()
    reconciler = _reconciler(Mirror(), claims=claims)
    await claims.claim("cal_async:sync:pass", ttl=60)  # another worker's pass
    async with fake.client() as cal:
        result = await reconciler.reconcile(cal)
    assert not result.ran and result.checkpoint is None


async def test_running_passes_on_an_interval_and_serves_webhooks_only_while_running() -> None:
    fake, event_type = new_fake()
    for i in range(3):
        fake.add_booking(event_type, slot(i), created_at=EPOCH + timedelta(days=1))
    mirror, three = Mirror(), anyio.Event()

    async def apply(change: BookingChange) -> None:
        await mirror.apply(change)
        if len(mirror.bookings) == 3:
            three.set()

    reconciler = Reconciler(apply, since=EPOCH, interval=0.05)
    event = BookingEvent(trigger=WebhookTrigger.BOOKING_CREATED, uid="nope")
    with pytest.raises(RuntimeError, match="no client"):
        await reconciler.on_webhook(event)
    async with fake.client() as cal, reconciler.running(cal):
        with anyio.fail_after(5):
            await three.wait()  # the first pass, in the background
        await anyio.sleep(0.2)  # passes go on every 0.05 s: nothing is handed over twice
        with pytest.raises(RuntimeError, match="already running"):
            async with reconciler.running(cal):
                pass
        await reconciler.on_webhook(event)  # a booking the API does not show: skipped, logged
    assert len(mirror.handled) == 3


async def test_a_reschedule_delivery_hands_over_both_bookings() -> None:
    fake, event_type = new_fake()
    mirror = Mirror()
    reconciler = _reconciler(mirror)
    async with fake.client() as cal, reconciler.running(cal):
        made = await cal.bookings.book(event_type.id, slot(0), ADA, check_slot=False)
        fake.advance(1)
        moved = await cal.bookings.reschedule(made.uid, slot(1), reason="moved")
        payload = {"uid": moved.uid, "rescheduleUid": made.uid}
        event = BookingEvent(trigger=WebhookTrigger.BOOKING_RESCHEDULED, payload=payload)
        assert booking_uids(event) == [made.uid, moved.uid]
        await reconciler.on_webhook(event)
    assert [(key.split("@")[0], source) for key, source in mirror.handled] == [
        (made.uid, "webhook"),
        (moved.uid, "webhook"),
    ]
    assert mirror.bookings[made.uid]["status"] == "cancelled"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"retention": timedelta(minutes=10)}, "retention"),
        ({"interval": -1}, "interval"),
        ({"page_size": 0}, "page_size"),
        ({"since": datetime(2030, 1, 1)}, "naive"),
        ({"overlap": timedelta(seconds=-1)}, "overlap"),
    ],
)
def test_settings_are_checked_when_made(kwargs: dict[str, Any], message: str) -> None:
    settings: dict[str, Any] = {"since": EPOCH, **kwargs}
    with pytest.raises(ValueError, match=message):
        Reconciler(Mirror().apply, **settings)


async def _restart_keeps_the_checkpoint(make_store: Any, claims: ClaimStore) -> None:
    fake, event_type = new_fake()
    mirror = Mirror()
    async with fake.client() as cal:
        for i in range(6):
            await book(cal, fake, event_type, i)
        first = await _reconciler(mirror, checkpoints=make_store(), claims=claims, page_size=2).reconcile(cal)
        late = await book(cal, fake, event_type, 7)
        # A new process: a new Reconciler and store, the same place.
        restarted = _reconciler(mirror, checkpoints=make_store(), claims=claims, page_size=2)
        second = await restarted.reconcile(cal)
    assert first.handled == 6 and second.handled == 1
    assert mirror.keys()[-1].startswith(late + "@")
    assert second.checkpoint is not None and second.checkpoint.updated_at == fake.booking(late).updated_at


async def test_a_file_checkpoint_carries_a_reconciler_across_a_restart(
    tmp_path: Path, redis_server: RedisServer
) -> None:
    async with RedisClaims(redis_server.url) as claims:
        await _restart_keeps_the_checkpoint(lambda: FileCheckpointStore(tmp_path / "cp.json"), claims)
    assert ChangeCheckpoint.from_json((tmp_path / "cp.json").read_bytes())


async def test_a_redis_checkpoint_carries_a_reconciler_across_a_restart(redis_server: RedisServer) -> None:
    stores: list[CheckpointStore] = []

    def make_store() -> CheckpointStore:
        stores.append(RedisCheckpointStore(redis_server.url, key="t:reconcile"))
        return stores[-1]

    async with RedisClaims(redis_server.url) as claims:
        await _restart_keeps_the_checkpoint(make_store, claims)
    for store in stores:
        assert isinstance(store, RedisCheckpointStore)
        await store.aclose()


async def test_with_redis_down_a_pass_still_hands_everything_over(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    fake, event_type = new_fake()
    mirror = Mirror()
    async with (
        RedisClaims(redis_server.url, timeout=0.2, retry_interval=60) as claims,
        RedisCheckpointStore(redis_server.url, timeout=0.2, retry_interval=60) as checkpoints,
    ):
        reconciler = _reconciler(mirror, claims=claims, checkpoints=checkpoints)
        async with fake.client() as cal:
            for i in range(4):
                await book(cal, fake, event_type, i)
            redis_server.stop()
            result = await reconciler.reconcile(cal)
            again = await reconciler.reconcile(cal)  # in-process claims still deduplicate
    assert result.handled == 4 and again.handled == 0 and again.already_handled == 4
    assert mirror.bookings == await _server_bookings(fake)
    assert any("Redis failed" in r.getMessage() for r in caplog.records)
