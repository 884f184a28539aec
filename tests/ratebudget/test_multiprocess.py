"""Three OS processes, one API key, the fake served over HTTP: the shared budget holds the limit.

The server (``bench.throttled_fake``) is the fake's throttler, counting what it decides: a fixed
window per credential from its first request and a block for going over, as Cal.com's
CustomThrottlerGuard (apps/api/v2/src/lib/throttler/throttler-guard.ts) does with its defaults
scaled down from 120 per 60 s with a 60 s block.
"""

from __future__ import annotations

from typing import Any

from bench.ratebudget_worker import run_workers
from bench.redis_server import RedisServer
from bench.throttled_fake import Served, throttled_fake

LIMIT, WINDOW, BLOCK = 10, 1.0, 5.0
PROCESSES, REQUESTS, CONCURRENCY = 3, 12, 4


def _run_workers(served: Served, redis_url: str | None, max_wait: float) -> list[dict[str, Any]]:
    return run_workers(
        PROCESSES,
        served.url,
        served.api_key,
        *("--concurrency", str(CONCURRENCY), "--requests", str(REQUESTS), "--duration", "60"),
        *("--limit", str(LIMIT), "--window", str(WINDOW), "--block", str(BLOCK)),
        *("--max-wait", str(max_wait)),
        *(("--redis", redis_url) if redis_url else ()),
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
