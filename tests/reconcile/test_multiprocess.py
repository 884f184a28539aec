"""Three worker processes of examples/fastapi_sync sharing a real redis-server, against the fake
served over HTTP: a third of the webhook deliveries dropped and a quarter of the rest duplicated
(the copy racing the original to another worker), bookings changed while the one reconciliation
pass pages. After that pass the mirror equals the fake's bookings exactly and every change was
applied once.

The fake delivers each webhook before the API call that caused it answers, and the worker that
receives it fetches the booking then, so the change a delivered webhook announced is the version
that worker applies: every such version must be applied, and every booking's latest one.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import orjson

from bench.redis_server import RedisServer, _free_port
from cal_async import CalClient
from cal_async.testing import FakeCal, serve
from tests.helpers.support import REPO_ROOT

from .support import START, book, cancel, new_fake, reschedule, slot
from .test_changes import _key

SECRET = "whsec-three-workers"
WORKERS = 3
BOOKING_TRIGGERS = [
    "BOOKING_CREATED",
    "BOOKING_REQUESTED",
    "BOOKING_RESCHEDULED",
    "BOOKING_CANCELLED",
    "BOOKING_REJECTED",
]


class RoundRobin(httpx.AsyncBaseTransport):
    """Sends each delivery to the next worker, as a load balancer in front of them would."""

    def __init__(self, ports: list[int]) -> None:
        self._ports = itertools.cycle(ports)
        self._http = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request.url = request.url.copy_with(scheme="http", host="127.0.0.1", port=next(self._ports))
        return await self._http.handle_async_request(request)

    async def aclose(self) -> None:
        await self._http.aclose()


@contextmanager
def _workers(env: dict[str, str]) -> Iterator[list[int]]:
    ports = [_free_port() for _ in range(WORKERS)]
    command = [sys.executable, "-m", "uvicorn", "--factory", "examples.fastapi_sync.app:create_app"]
    procs = [
        subprocess.Popen(
            [*command, "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
            cwd=REPO_ROOT,
            env={**os.environ, "PYTHONPATH": str(REPO_ROOT), **env},
        )
        for port in ports
    ]
    try:
        yield ports
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(15)


async def _ready(ports: list[int]) -> set[int]:
    pids: set[int] = set()
    async with httpx.AsyncClient(timeout=2) as http:
        for port in ports:
            for _ in range(300):
                try:
                    pids.add((await http.get(f"http://127.0.0.1:{port}/healthz")).json()["worker"])
                    break
                except httpx.TransportError:
                    await asyncio.sleep(0.05)
            else:
                raise RuntimeError(f"worker on port {port} did not start")
    return pids


@asynccontextmanager
async def _cluster(fake: FakeCal, redis_url: str, db: Path) -> AsyncIterator[tuple[list[int], set[int]]]:
    async with serve(fake) as url:
        env = {
            "CAL_API_KEY": fake.api_key,
            "CAL_API_URL": url,
            "CAL_WEBHOOK_SECRET": SECRET,
            "REDIS_URL": redis_url,
            "MIRROR_DB": str(db),
            "SYNC_INTERVAL": "0",  # passes only when asked: this test asks for exactly one
            "SYNC_PAGE_SIZE": "5",
        }
        with _workers(env) as ports:
            pids = await _ready(ports)
            router = RoundRobin(ports)
            fake.deliver_webhooks_to(router)
            try:
                yield ports, pids
            finally:
                fake.deliver_webhooks_to(None)
                await router.aclose()


class History:
    """Every version each booking has had (change keys), and the ones a delivered webhook announced."""

    def __init__(self, fake: FakeCal) -> None:
        self.fake = fake
        self.ever: set[str] = set()
        self.announced: set[str] = set()
        self._deliveries = 0
        self.note()

    def note(self) -> None:
        now = {_key(b) for b in self.fake.state.bookings.values()}
        self.ever |= now
        fresh = self.fake.deliveries[self._deliveries :]
        self._deliveries += len(fresh)
        named = set()
        for delivery in fresh:
            if delivery.fault != "dropped":  # it got through: the worker fetched its booking(s)
                payload = delivery.json()["payload"]
                named |= {payload.get("uid"), payload.get("rescheduleUid")}
        self.announced |= {key for key in now if key.split("@")[0] in named}

    def latest(self) -> set[str]:
        return {_key(b) for b in self.fake.state.bookings.values()}


async def _phase_zero(cal: CalClient, fake: FakeCal, history: History) -> tuple[list[str], list[str]]:
    """The bookings a running service already mirrors: made through the API, webhooks delivered."""
    event_type = next(iter(fake.state.event_types.values()))
    pending_type = fake.add_event_type(slug="approval", length=30, requires_confirmation=True)
    uids = [await book(cal, fake, event_type, index) for index in range(24)]
    pending = [await book(cal, fake, pending_type, 40 + index) for index in range(6)]
    history.note()
    return uids, pending


async def _phase_one(
    cal: CalClient, fake: FakeCal, history: History, uids: list[str], pending: list[str]
) -> None:
    """An hour later, with deliveries dropped and duplicated: updates to old bookings, new ones."""
    event_type = next(iter(fake.state.event_types.values()))
    for uid in pending[:4]:  # first in updatedAt order: the pass's first page
        fake.advance(1)
        await cal.bookings.confirm(uid)
        history.note()
    for uid in uids[:6]:
        await cancel(cal, fake, uid)
        history.note()
    for offset, uid in enumerate(uids[6:12]):
        await reschedule(cal, fake, uid, 60 + offset)
        history.note()
    fake.advance(1)
    await cal.bookings.decline(pending[4], body={"reason": "no"})
    fake.advance(1)
    await cal.bookings.confirm(pending[5])
    history.note()
    for index in range(4):
        await book(cal, fake, event_type, 80 + index)
        history.note()


def _attendee(index: int) -> Any:
    from cal_async import Attendee

    return Attendee(f"Guest {index}", "UTC", email=f"guest{index}@example.com")


async def _server_bookings(fake: FakeCal) -> dict[str, dict[str, Any]]:
    async with fake.http_client() as http:
        answer = await http.get(
            "/v2/bookings", params={"take": 250}, headers={"cal-api-version": "2024-08-13"}
        )
    return {b["uid"]: b for b in answer.json()["data"]}


def _mirror(db: Path) -> tuple[dict[str, dict[str, Any]], list[tuple[str, str, int]]]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT uid, data FROM bookings").fetchall()
        applied = connection.execute("SELECT change, source, worker FROM applied").fetchall()
    return {uid: orjson.loads(data) for uid, data in rows}, applied


async def test_three_workers_mirror_every_change_once_through_drops_duplicates_and_one_pass(
    redis_server: RedisServer, tmp_path: Path
) -> None:
    fake, event_type = new_fake()
    for index in range(3):  # written outside Prisma Client: no updatedAt; only createdAt finds them
        fake.add_booking(event_type, slot(100 + index), created_at=START - timedelta(days=index + 1))
    fake.add_webhook(subscriber_url="http://workers/webhooks/cal", triggers=BOOKING_TRIGGERS, secret=SECRET)
    db = tmp_path / "mirror.db"
    history = History(fake)

    async with _cluster(fake, redis_server.url, db) as (ports, pids), fake.client() as cal:
        uids, pending = await _phase_zero(cal, fake, history)
        fake.advance(3600)
        await book(cal, fake, event_type, 90)
        history.note()
        async with httpx.AsyncClient(timeout=120) as http:
            # The service's previous pass: it mirrors the rows webhooks never announce (no
            # updatedAt) and leaves a checkpoint an hour after the bookings above were made.
            previous = (await http.post(f"http://127.0.0.1:{ports[1]}/sync/reconcile")).json()
        faults = fake.inject_delivery_faults(drop=1 / 3, duplicate=0.4, seed=2025)
        first_faulty = len(fake.deliveries)
        await _phase_one(cal, fake, history, uids, pending)
        before_pass = _mirror(db)[1]
        faulty = fake.deliveries[first_faulty:]

        # The pass, slowed to 0.3 s a page. While its second page is on the way, bookings on its
        # first page change (in offset paging every later booking would shift back past the next
        # offset), an old one and an unread one change, new ones are made, and their webhooks are
        # all lost: only the pass can bring those changes in.
        fake.inject_delivery_faults(drop=1.0)
        slow = fake.inject(delay=0.3, times=None, path_prefix="/v2/bookings", method="GET")
        async with httpx.AsyncClient(timeout=120) as http:
            running = asyncio.create_task(http.post(f"http://127.0.0.1:{ports[0]}/sync/reconcile"))
            while slow.hits < 2:  # noqa: ASYNC110 - counted by the fake's app, which signals nothing
                await asyncio.sleep(0.01)
            changed_mid_pass = [*pending[:4], pending[5]]
            for uid in changed_mid_pass:
                await cancel(cal, fake, uid)
            moved = await reschedule(cal, fake, uids[12], 120)
            late = [await book(cal, fake, event_type, 121), await book(cal, fake, event_type, 122)]
            history.note()
            pages_when_done_changing = slow.hits
            answer = await running
        fake.clear_faults()
        fake.clear_delivery_faults()
        result = answer.json()

    mirror, applied = _mirror(db)
    server = await _server_bookings(fake)
    keys = [change for change, _, _ in applied]
    sent = [d for d in fake.deliveries if d.fault != "dropped"]
    during_pass = fake.deliveries[first_faulty + len(faulty) :]
    figures = {
        "bookings": len(server),
        "deliveries with faults (originals)": sum(d.fault != "duplicate" for d in faulty),
        "dropped": faults.dropped,
        "duplicated": faults.duplicated,
        "deliveries during the pass, all dropped": len(during_pass),
        "answers to all sent": {
            code: sum(d.status_code == code for d in sent) for code in {d.status_code for d in sent}
        },
        "changes applied": len(keys),
        "by webhooks": sum(source == "webhook" for _, source, _ in applied),
        "by the pass before the faults": previous["handled"],
        "by the pass after them": result["handled"],
        "workers applying webhooks": len({w for _, s, w in applied if s == "webhook"}),
        "pass": result,
        "pages read when the mid-pass changes were made": pages_when_done_changing,
    }
    print("\nFIGURES", figures)

    assert result["ran"] and result["failed"] == 0
    assert mirror == server, "the mirror differs from the fake's bookings"
    assert len(keys) == len(set(keys)), "a change was applied twice"
    assert history.announced | history.latest() <= set(keys) <= history.ever
    assert faults.dropped >= len(faulty) // 5 and faults.duplicated >= 3
    assert [d.fault for d in during_pass] == ["dropped"] * len(during_pass)
    assert {w for _, s, w in applied if s == "webhook"} == pids  # all three workers took deliveries
    for uid in [*changed_mid_pass, uids[12], moved, *late]:
        assert _key(fake.booking(uid)) in {k for k, s, _ in applied if s == "reconciliation"}
    assert pages_when_done_changing < result["pages"]  # the changes happened while it paged
    assert set(figures["answers to all sent"]) <= {
        204,
        409,
    }  # each sent copy: handled, or answered as a duplicate
    assert len(before_pass) + result["handled"] == len(keys)
    assert previous["ran"] and previous["handled"] >= 3  # the rows without updatedAt
