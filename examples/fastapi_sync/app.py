"""Mirror your Cal.com bookings into your own database, from a FastAPI app run by several workers.

Webhooks bring changes in at once; a reconciliation pass every few minutes brings in what webhooks
lost (Cal.com does not retry, disables failing subscribers, and some changes fire no webhook). A
:class:`~cal_async.Reconciler` hands each change to ``Mirror.apply`` once, whichever path sees it
first and whichever worker receives it, through claims in Redis; the router hands each delivery to
it once too (retries and replays included). The checkpoint lives in Redis, so a restart resumes.

Run it (see README.md beside this file for the whole recipe against the fake Cal.com)::

    pip install 'cal-async[fastapi,redis]' uvicorn
    export CAL_API_KEY=cal_live_... CAL_WEBHOOK_SECRET=... REDIS_URL=redis://127.0.0.1:6379/0
    uvicorn --factory examples.fastapi_sync.app:create_app --workers 3 --port 8000

and point a Cal.com webhook (booking triggers) at ``https://<your host>/webhooks/cal``.

Environment: ``CAL_API_KEY`` and ``CAL_API_URL`` (read by ``CalClient()``), ``CAL_WEBHOOK_SECRET``,
``REDIS_URL``, ``MIRROR_DB`` (an SQLite file standing for your database; default
``bookings-mirror.db``), ``SYNC_INTERVAL`` (seconds between passes, default 300; 0: passes only on
``POST /sync/reconcile``), ``SYNC_SINCE`` (where the very first pass starts; default: everything),
``SYNC_PAGE_SIZE`` (default 100).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

import anyio
import orjson
from fastapi import FastAPI, HTTPException

from cal_async import BookingChange, CalClient, Reconciler, RedisCheckpointStore, RedisClaims
from cal_async.webhooks.fastapi import webhook_router


class Mirror:
    """Your database: one row per booking (the API's JSON), and a log of the changes applied.

    Workers apply changes concurrently and not always in order (a webhook and a pass may hand two
    changes of one booking to two workers), so a row is only replaced by a newer version.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("CREATE TABLE IF NOT EXISTS bookings (uid TEXT PRIMARY KEY, version TEXT, data TEXT)")
            db.execute("CREATE TABLE IF NOT EXISTS applied (change TEXT, source TEXT, worker INTEGER)")

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=30)

    async def apply(self, change: BookingChange) -> None:
        """The Reconciler's handler: called once per change. Raising leaves the change unhandled,
        so the next delivery or pass offers it again."""
        await anyio.to_thread.run_sync(self._write, change)

    def _write(self, change: BookingChange) -> None:
        stamp = change.updated_at or change.created_at
        version = stamp.astimezone(UTC).isoformat(timespec="milliseconds")
        with self._connect() as db:
            db.execute(
                "INSERT INTO bookings (uid, version, data) VALUES (?, ?, ?) ON CONFLICT (uid) DO UPDATE"
                " SET version = excluded.version, data = excluded.data"
                " WHERE excluded.version >= bookings.version",
                (change.uid, version, orjson.dumps(change.booking.to_dict()).decode()),
            )
            db.execute("INSERT INTO applied VALUES (?, ?, ?)", (change.key, change.source, os.getpid()))

    def booking(self, uid: str) -> dict[str, Any] | None:
        with self._connect() as db:
            row = db.execute("SELECT data FROM bookings WHERE uid = ?", (uid,)).fetchone()
        return None if row is None else dict(orjson.loads(row[0]))


def create_app() -> FastAPI:
    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    mirror = Mirror(os.environ.get("MIRROR_DB", "bookings-mirror.db"))
    claims = RedisClaims(redis_url)  # shared by the webhook route and the passes, in every worker
    checkpoints = RedisCheckpointStore(redis_url)
    reconciler = Reconciler(
        mirror.apply,
        since=datetime.fromisoformat(os.environ.get("SYNC_SINCE", "1970-01-01T00:00:00+00:00")),
        checkpoints=checkpoints,
        claims=claims,
        interval=float(os.environ.get("SYNC_INTERVAL", "300")),
        page_size=int(os.environ.get("SYNC_PAGE_SIZE", "100")),
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # One client per worker; passes run in the background (one at a time across workers).
        async with claims, checkpoints, CalClient() as cal, reconciler.running(cal):
            yield

    app = FastAPI(lifespan=lifespan)
    app.include_router(
        webhook_router(secret=os.environ["CAL_WEBHOOK_SECRET"], handler=reconciler.on_webhook, once=claims)
    )

    @app.post("/sync/reconcile")
    async def reconcile_now() -> dict[str, Any]:
        """Run a pass now (e.g. from a cron or after an outage)."""
        result = await reconciler.reconcile()
        checkpoint = result.checkpoint.to_json().decode() if result.checkpoint else None
        return {
            "ran": result.ran,
            "handled": result.handled,
            "already_handled": result.already_handled,
            "in_progress": result.in_progress,
            "failed": result.failed,
            "pages": result.pages,
            "checkpoint": checkpoint,
        }

    @app.get("/bookings/{uid}")
    async def mirrored(uid: str) -> dict[str, Any]:
        found = await anyio.to_thread.run_sync(mirror.booking, uid)
        if found is None:
            raise HTTPException(404, detail=f"no booking {uid} in the mirror")
        return found

    @app.get("/healthz")
    async def healthz() -> dict[str, int]:
        return {"worker": os.getpid()}

    return app
