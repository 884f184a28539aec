"""Several OS processes, one API key, the fake served over HTTP: the shared budget holds the limit.

The server (``bench.throttled_fake``) is the fake's throttler, counting what it decides: a fixed
window per credential from its first request and a block for going over, as Cal.com's
CustomThrottlerGuard (apps/api/v2/src/lib/throttler/throttler-guard.ts) does with its defaults
scaled down from 120 per 60 s with a 60 s block.
"""

from __future__ import annotations

from typing import Any

from bench.ratebudget_worker import run_workers
from bench.redis_server import RedisServer
from bench.throttled_fake import HOSTILE_RESETS, Served, throttled_fake

LIMIT, WINDOW, BLOCK = 10, 1.0, 5.0
PROCESSES, REQUESTS, CONCURRENCY = 3, 12, 4


def _run_workers(
    served: Served,
    redis_url: str | None,
    max_wait: float,
    *,
    processes: int = PROCESSES,
    run: tuple[str, ...] = ("--requests", str(REQUESTS), "--duration", "60"),
    first_only: tuple[str, ...] = (),
) -> list[dict[str, Any]]:
    return run_workers(
        processes,
        served.url,
        served.api_key,
        *("--concurrency", str(CONCURRENCY), *run),
        *("--limit", str(LIMIT), "--window", str(WINDOW), "--block", str(BLOCK)),
        *("--max-wait", str(max_wait)),
        *(("--redis", redis_url) if redis_url else ()),
        first_only=first_only,
    )


def test_three_processes_sharing_a_key_through_redis_stay_under_the_limit(
    redis_server: RedisServer,
) -> None:
    with throttled_fake(LIMIT, WINDOW, BLOCK) as served:
        results = _run_workers(served, redis_server.url, max_wait=30)
        stats = served.stats()
    assert [r["ok"] for r in results] == [REQUESTS] * PROCESSES, results
    assert stats == {"ok": PROCESSES * REQUESTS, "throttled": 0, "blocks": 0}


def test_the_same_processes_pacing_alone_are_throttled() -> None:
    # The control: each process paces by what its own responses say, and together they overrun
    # (max_wait 1 s: a 429's 5 s block raises RateLimitError at once, so the run stays short).
    with throttled_fake(LIMIT, WINDOW, BLOCK) as served:
        results = _run_workers(served, None, max_wait=1)
        stats = served.stats()
    assert stats["blocks"] >= 1 and stats["throttled"] >= 1
    assert sum(int(str(r["rate_limited"])) for r in results) >= 1


def test_four_processes_enter_no_block_with_hostile_reset_headers_mixed_in(redis_server: RedisServer) -> None:
    # Every third response carries X-RateLimit-Reset-Default 99999999, 1e300, -5 or nan in turn
    # (429s included): each is cut to the window or ignored, never a budget locked for years, a
    # failing script (which fell back to local pacing) or a window that ends early.
    assert HOSTILE_RESETS == ("99999999", "1e300", "-5", "nan")
    with throttled_fake(LIMIT, WINDOW, BLOCK, hostile=True) as served:
        results = _run_workers(served, redis_server.url, max_wait=30, processes=4)
        stats = served.stats()
    assert [r["ok"] for r in results] == [REQUESTS] * 4, results
    assert stats == {"ok": 4 * REQUESTS, "throttled": 0, "blocks": 0}


def test_a_process_whose_clock_runs_slow_is_not_starved(redis_server: RedisServer) -> None:
    # The first process's clock runs at 0.6x (its sleeps last 1/0.6 as long). Told by Redis to
    # wait for the next window, it used to wake up late each time and find the window taken by
    # the others: 10 calls to ~50 each. Waits are now slept in halves, asking Redis again after
    # each, and the last stretch is waited in Redis (a BLPOP Redis ends by its own clock), so every
    # process wakes when the window opens (three runs here: 30 to 21/19/16, 26 to 19/23/18, 17 to
    # 20/30/19).
    with throttled_fake(LIMIT, WINDOW, BLOCK) as served:
        run = ("--duration", "8")
        results = _run_workers(
            served, redis_server.url, 30, processes=4, run=run, first_only=("--clock-rate", "0.6")
        )
        stats = served.stats()
    assert stats["blocks"] == 0, stats
    slow, *others = [int(r["ok"]) for r in results]
    fair = sum(others) / len(others)
    assert slow >= 0.5 * fair, (slow, others)
